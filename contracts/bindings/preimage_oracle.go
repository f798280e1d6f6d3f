// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// PreimageOracleMetaData contains all meta data concerning the PreimageOracle contract.
var PreimageOracleMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"CommittedRegistered\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"committedData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"committedKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"committedLeafOk\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"committedLeaves\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"siblings\",\"type\":\"bytes\"}],\"name\":\"loadCommittedLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"loadKeccak256PreimagePart\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"localKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"}],\"name\":\"loadLocalData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"}],\"name\":\"localizeKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"localized\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"naturalHeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"h\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"preimageLengths\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"known\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"preimagePartOk\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"preimageParts\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"readPreimage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dat\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datLen\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"registerCommitted\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PreimageOracle",
	Bin: "0x6080604052348015600e575f5ffd5b50610eda8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806393bc029211610088578063e03110e111610063578063e03110e114610259578063e159261114610281578063eac149e214610294578063fef2b4ed146102be575f5ffd5b806393bc0292146101e25780639d1a37f814610219578063d3683efc14610246575f5ffd5b806361238bde116100c357806361238bde146101535780636351afae1461017d5780638542cf5014610190578063863d23b6146101cd575f5ffd5b806333d9614d146100e957806335bffb551461011f578063609c012014610140575b5f5ffd5b6100fc6100f7366004610c47565b610318565b6040805192835267ffffffffffffffff9091166020830152015b60405180910390f35b61013261012d366004610c47565b6103e0565b604051908152602001610116565b61013261014e366004610c5e565b61043c565b610132610161366004610c98565b600160209081525f928352604080842090915290825290205481565b61013261018b366004610c5e565b6104c8565b6101bd61019e366004610c98565b600260209081525f928352604080842090915290825290205460ff1681565b6040519015158152602001610116565b6101e06101db366004610cf6565b61057c565b005b6101326101f0366004610d52565b60408051938452602084019290925290820152606090206001600160f81b0316600160f81b1790565b6101bd610227366004610c98565b600560209081525f928352604080842090915290825290205460ff1681565b610132610254366004610d9f565b61082d565b61026c610267366004610c98565b6108bd565b60408051928352602083019190915201610116565b61013261028f366004610df5565b610a69565b6101326102a2366004610c98565b600460209081525f928352604080842090915290825290205481565b6102f86102cc366004610c47565b5f6020819052908152604090205467ffffffffffffffff81169068010000000000000000900460ff1682565b6040805167ffffffffffffffff9093168352901515602083015201610116565b5f81815260036020908152604080832081516060810183528154815260019091015467ffffffffffffffff8116938201939093526801000000000000000090920460ff1615159082018190528291906103ce5760405162461bcd60e51b815260206004820152602d60248201527f507265696d6167654f7261636c653a20636f6d6d69747465642064617461206e60448201526c1bdd081c9959da5cdd195c9959609a1b60648201526084015b60405180910390fd5b80516020909101519094909350915050565b5f8060206103ef84601f610e51565b6103f99190610e6a565b90506001811161040b57505f92915050565b5f610417600183610e89565b90505b8015610435578261042a81610e9c565b93505060011c61041a565b5050919050565b5f828260405160200161047e92919091825260c01b7fffffffffffffffff00000000000000000000000000000000000000000000000016602082015260280190565b60408051601f1981840301815291905280516020909101206001600160f81b03167f0300000000000000000000000000000000000000000000000000000000000000179392505050565b5f6104d3838361043c565b6040805160608101825285815267ffffffffffffffff858116602080840182815260018587018181525f898152600385528890209651875591519501805491511515680100000000000000000268ffffffffffffffffff1990921695909416949094179390931790915582518781529182015291925082917f5ca515369c078b704c42ca953a2b9cdf60104c6853a54aebd96c7e5c34c32897910160405180910390a292915050565b5f8581526003602090815260409182902082516060810184528154815260019091015467ffffffffffffffff8116928201929092526801000000000000000090910460ff1615159181018290529061062c5760405162461bcd60e51b815260206004820152602d60248201527f507265696d6167654f7261636c653a20636f6d6d69747465642064617461206e60448201526c1bdd081c9959da5cdd195c9959609a1b60648201526084016103c5565b5f610644826020015167ffffffffffffffff166103e0565b90506001811b86106106be5760405162461bcd60e51b815260206004820152602760248201527f507265696d6167654f7261636c653a206c65616620696e646578206f7574206f60448201527f662072616e67650000000000000000000000000000000000000000000000000060648201526084016103c5565b6106c9816020610eb4565b831461073d5760405162461bcd60e51b815260206004820152602260248201527f507265696d6167654f7261636c653a2077726f6e672070726f6f66206c656e6760448201527f746800000000000000000000000000000000000000000000000000000000000060648201526084016103c5565b8486855b858701811015610774576001821660051b838152813560208218525060405f2092508160011c9150602081019050610741565b5050825181146107ec5760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a2062616420636f6d6d69747465642d646160448201527f74612070726f6f6600000000000000000000000000000000000000000000000060648201526084016103c5565b5050505f8581526004602090815260408083208784528252808320959095559581526005865283812094815293909452509020805460ff1916600117905550565b5f600186821a146108805760405162461bcd60e51b815260206004820152601f60248201527f507265696d6167654f7261636c653a206e6f742061206c6f63616c206b65790060448201526064016103c5565b60408051878152336020820152908101869052606090206001600160f81b0316600160f81b1790506108b481838686610ac3565b95945050505050565b5f8281526020818152604080832081518083019092525467ffffffffffffffff8116825268010000000000000000900460ff161515918101829052829161096c5760405162461bcd60e51b815260206004820152602360248201527f507265696d6167654f7261636c653a20707265696d616765206e6f74206c6f6160448201527f646564000000000000000000000000000000000000000000000000000000000060648201526084016103c5565b80515f906109859067ffffffffffffffff166008610e51565b905080851061099c57505f9250829150610a629050565b5f86815260026020908152604080832088845290915290205460ff16610a2a5760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a20707265696d6167652070617274206e6f60448201527f74206c6f6164656400000000000000000000000000000000000000000000000060648201526084016103c5565b5f8681526001602090815260408083208884529091529020549350610a4f8582610e89565b92506020831115610a5f57602092505b50505b9250929050565b5f8282604051610a7a929190610ecb565b6040519081900390206001600160f81b03167f0200000000000000000000000000000000000000000000000000000000000000179050610abc81858585610ac3565b9392505050565b67ffffffffffffffff811115610b1b5760405162461bcd60e51b815260206004820152601e60248201527f507265696d6167654f7261636c653a2076616c756520746f6f206c6f6e67000060448201526064016103c5565b610b26816008610e51565b8310610b9a5760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a2070617274206f6666736574206f75742060448201527f6f662072616e676500000000000000000000000000000000000000000000000060648201526084016103c5565b5f6040518260c01b8152828460088301375f8184016008018190529085015160408051808201825267ffffffffffffffff9586168152600160208083018281528b87528682528487209351845491511515680100000000000000000268ffffffffffffffffff199092169916989098179790971790915580865281842088855286528184209290925596825260028452868220958252949092525092909220805460ff1916909117905550565b5f60208284031215610c57575f5ffd5b5035919050565b5f5f60408385031215610c6f575f5ffd5b82359150602083013567ffffffffffffffff81168114610c8d575f5ffd5b809150509250929050565b5f5f60408385031215610ca9575f5ffd5b50508035926020909101359150565b5f5f83601f840112610cc8575f5ffd5b50813567ffffffffffffffff811115610cdf575f5ffd5b602083019150836020828501011115610a62575f5ffd5b5f5f5f5f5f60808688031215610d0a575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115610d35575f5ffd5b610d4188828901610cb8565b969995985093965092949392505050565b5f5f5f60608486031215610d64575f5ffd5b83359250602084013573ffffffffffffffffffffffffffffffffffffffff81168114610d8e575f5ffd5b929592945050506040919091013590565b5f5f5f5f5f60808688031215610db3575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115610dd7575f5ffd5b610de388828901610cb8565b96999598509660600135949350505050565b5f5f5f60408486031215610e07575f5ffd5b83359250602084013567ffffffffffffffff811115610e24575f5ffd5b610e3086828701610cb8565b9497909650939450505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610e6457610e64610e3d565b92915050565b5f82610e8457634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610e6457610e64610e3d565b5f60018201610ead57610ead610e3d565b5060010190565b8082028115828204841417610e6457610e64610e3d565b818382375f910190815291905056",
}

// PreimageOracle is an auto generated Go binding around an Ethereum contract.
type PreimageOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PreimageOracle) GetABI() abi.ABI {
	return c.abi
}

// NewPreimageOracle creates a new instance of PreimageOracle.
func NewPreimageOracle() *PreimageOracle {
	parsed, err := PreimageOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PreimageOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PreimageOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCommittedData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d9614d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committedData(bytes32 key) view returns(bytes32 root, uint64 length)
func (preimageOracle *PreimageOracle) PackCommittedData(key [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("committedData", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittedData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d9614d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committedData(bytes32 key) view returns(bytes32 root, uint64 length)
func (preimageOracle *PreimageOracle) TryPackCommittedData(key [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("committedData", key)
}

// CommittedDataOutput serves as a container for the return parameters of contract
// method CommittedData.
type CommittedDataOutput struct {
	Root   [32]byte
	Length uint64
}

// UnpackCommittedData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33d9614d.
//
// Solidity: function committedData(bytes32 key) view returns(bytes32 root, uint64 length)
func (preimageOracle *PreimageOracle) UnpackCommittedData(data []byte) (CommittedDataOutput, error) {
	out, err := preimageOracle.abi.Unpack("committedData", data)
	outstruct := new(CommittedDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Length = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCommittedKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x609c0120.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committedKey(bytes32 root, uint64 length) pure returns(bytes32 key)
func (preimageOracle *PreimageOracle) PackCommittedKey(root [32]byte, length uint64) []byte {
	enc, err := preimageOracle.abi.Pack("committedKey", root, length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittedKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x609c0120.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committedKey(bytes32 root, uint64 length) pure returns(bytes32 key)
func (preimageOracle *PreimageOracle) TryPackCommittedKey(root [32]byte, length uint64) ([]byte, error) {
	return preimageOracle.abi.Pack("committedKey", root, length)
}

// UnpackCommittedKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x609c0120.
//
// Solidity: function committedKey(bytes32 root, uint64 length) pure returns(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackCommittedKey(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("committedKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommittedLeafOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d1a37f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committedLeafOk(bytes32 , uint256 ) view returns(bool)
func (preimageOracle *PreimageOracle) PackCommittedLeafOk(arg0 [32]byte, arg1 *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("committedLeafOk", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittedLeafOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d1a37f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committedLeafOk(bytes32 , uint256 ) view returns(bool)
func (preimageOracle *PreimageOracle) TryPackCommittedLeafOk(arg0 [32]byte, arg1 *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("committedLeafOk", arg0, arg1)
}

// UnpackCommittedLeafOk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d1a37f8.
//
// Solidity: function committedLeafOk(bytes32 , uint256 ) view returns(bool)
func (preimageOracle *PreimageOracle) UnpackCommittedLeafOk(data []byte) (bool, error) {
	out, err := preimageOracle.abi.Unpack("committedLeafOk", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCommittedLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac149e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committedLeaves(bytes32 , uint256 ) view returns(bytes32)
func (preimageOracle *PreimageOracle) PackCommittedLeaves(arg0 [32]byte, arg1 *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("committedLeaves", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittedLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac149e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committedLeaves(bytes32 , uint256 ) view returns(bytes32)
func (preimageOracle *PreimageOracle) TryPackCommittedLeaves(arg0 [32]byte, arg1 *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("committedLeaves", arg0, arg1)
}

// UnpackCommittedLeaves is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeac149e2.
//
// Solidity: function committedLeaves(bytes32 , uint256 ) view returns(bytes32)
func (preimageOracle *PreimageOracle) UnpackCommittedLeaves(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("committedLeaves", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLoadCommittedLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d23b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadCommittedLeaf(bytes32 key, uint256 index, bytes32 leaf, bytes siblings) returns()
func (preimageOracle *PreimageOracle) PackLoadCommittedLeaf(key [32]byte, index *big.Int, leaf [32]byte, siblings []byte) []byte {
	enc, err := preimageOracle.abi.Pack("loadCommittedLeaf", key, index, leaf, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadCommittedLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d23b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadCommittedLeaf(bytes32 key, uint256 index, bytes32 leaf, bytes siblings) returns()
func (preimageOracle *PreimageOracle) TryPackLoadCommittedLeaf(key [32]byte, index *big.Int, leaf [32]byte, siblings []byte) ([]byte, error) {
	return preimageOracle.abi.Pack("loadCommittedLeaf", key, index, leaf, siblings)
}

// PackLoadKeccak256PreimagePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1592611.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadKeccak256PreimagePart(uint256 partOffset, bytes preimage) returns(bytes32 key)
func (preimageOracle *PreimageOracle) PackLoadKeccak256PreimagePart(partOffset *big.Int, preimage []byte) []byte {
	enc, err := preimageOracle.abi.Pack("loadKeccak256PreimagePart", partOffset, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadKeccak256PreimagePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1592611.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadKeccak256PreimagePart(uint256 partOffset, bytes preimage) returns(bytes32 key)
func (preimageOracle *PreimageOracle) TryPackLoadKeccak256PreimagePart(partOffset *big.Int, preimage []byte) ([]byte, error) {
	return preimageOracle.abi.Pack("loadKeccak256PreimagePart", partOffset, preimage)
}

// UnpackLoadKeccak256PreimagePart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1592611.
//
// Solidity: function loadKeccak256PreimagePart(uint256 partOffset, bytes preimage) returns(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackLoadKeccak256PreimagePart(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("loadKeccak256PreimagePart", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLoadLocalData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3683efc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadLocalData(bytes32 localKey, bytes32 localContext, bytes value, uint256 partOffset) returns(bytes32 key)
func (preimageOracle *PreimageOracle) PackLoadLocalData(localKey [32]byte, localContext [32]byte, value []byte, partOffset *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("loadLocalData", localKey, localContext, value, partOffset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadLocalData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3683efc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadLocalData(bytes32 localKey, bytes32 localContext, bytes value, uint256 partOffset) returns(bytes32 key)
func (preimageOracle *PreimageOracle) TryPackLoadLocalData(localKey [32]byte, localContext [32]byte, value []byte, partOffset *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("loadLocalData", localKey, localContext, value, partOffset)
}

// UnpackLoadLocalData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3683efc.
//
// Solidity: function loadLocalData(bytes32 localKey, bytes32 localContext, bytes value, uint256 partOffset) returns(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackLoadLocalData(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("loadLocalData", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLocalizeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bc0292.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localizeKey(bytes32 key, address who, bytes32 localContext) pure returns(bytes32 localized)
func (preimageOracle *PreimageOracle) PackLocalizeKey(key [32]byte, who common.Address, localContext [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("localizeKey", key, who, localContext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocalizeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bc0292.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function localizeKey(bytes32 key, address who, bytes32 localContext) pure returns(bytes32 localized)
func (preimageOracle *PreimageOracle) TryPackLocalizeKey(key [32]byte, who common.Address, localContext [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("localizeKey", key, who, localContext)
}

// UnpackLocalizeKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93bc0292.
//
// Solidity: function localizeKey(bytes32 key, address who, bytes32 localContext) pure returns(bytes32 localized)
func (preimageOracle *PreimageOracle) UnpackLocalizeKey(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("localizeKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNaturalHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35bffb55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function naturalHeight(uint256 length) pure returns(uint256 h)
func (preimageOracle *PreimageOracle) PackNaturalHeight(length *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("naturalHeight", length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNaturalHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35bffb55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function naturalHeight(uint256 length) pure returns(uint256 h)
func (preimageOracle *PreimageOracle) TryPackNaturalHeight(length *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("naturalHeight", length)
}

// UnpackNaturalHeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35bffb55.
//
// Solidity: function naturalHeight(uint256 length) pure returns(uint256 h)
func (preimageOracle *PreimageOracle) UnpackNaturalHeight(data []byte) (*big.Int, error) {
	out, err := preimageOracle.abi.Unpack("naturalHeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreimageLengths is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfef2b4ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preimageLengths(bytes32 ) view returns(uint64 length, bool known)
func (preimageOracle *PreimageOracle) PackPreimageLengths(arg0 [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("preimageLengths", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreimageLengths is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfef2b4ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preimageLengths(bytes32 ) view returns(uint64 length, bool known)
func (preimageOracle *PreimageOracle) TryPackPreimageLengths(arg0 [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("preimageLengths", arg0)
}

// PreimageLengthsOutput serves as a container for the return parameters of contract
// method PreimageLengths.
type PreimageLengthsOutput struct {
	Length uint64
	Known  bool
}

// UnpackPreimageLengths is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfef2b4ed.
//
// Solidity: function preimageLengths(bytes32 ) view returns(uint64 length, bool known)
func (preimageOracle *PreimageOracle) UnpackPreimageLengths(data []byte) (PreimageLengthsOutput, error) {
	out, err := preimageOracle.abi.Unpack("preimageLengths", data)
	outstruct := new(PreimageLengthsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Length = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Known = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackPreimagePartOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8542cf50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preimagePartOk(bytes32 , uint256 ) view returns(bool)
func (preimageOracle *PreimageOracle) PackPreimagePartOk(arg0 [32]byte, arg1 *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("preimagePartOk", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreimagePartOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8542cf50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preimagePartOk(bytes32 , uint256 ) view returns(bool)
func (preimageOracle *PreimageOracle) TryPackPreimagePartOk(arg0 [32]byte, arg1 *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("preimagePartOk", arg0, arg1)
}

// UnpackPreimagePartOk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8542cf50.
//
// Solidity: function preimagePartOk(bytes32 , uint256 ) view returns(bool)
func (preimageOracle *PreimageOracle) UnpackPreimagePartOk(data []byte) (bool, error) {
	out, err := preimageOracle.abi.Unpack("preimagePartOk", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPreimageParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61238bde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preimageParts(bytes32 , uint256 ) view returns(bytes32)
func (preimageOracle *PreimageOracle) PackPreimageParts(arg0 [32]byte, arg1 *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("preimageParts", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreimageParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61238bde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preimageParts(bytes32 , uint256 ) view returns(bytes32)
func (preimageOracle *PreimageOracle) TryPackPreimageParts(arg0 [32]byte, arg1 *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("preimageParts", arg0, arg1)
}

// UnpackPreimageParts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61238bde.
//
// Solidity: function preimageParts(bytes32 , uint256 ) view returns(bytes32)
func (preimageOracle *PreimageOracle) UnpackPreimageParts(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("preimageParts", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReadPreimage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03110e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readPreimage(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen)
func (preimageOracle *PreimageOracle) PackReadPreimage(key [32]byte, offset *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("readPreimage", key, offset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadPreimage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03110e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readPreimage(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen)
func (preimageOracle *PreimageOracle) TryPackReadPreimage(key [32]byte, offset *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("readPreimage", key, offset)
}

// ReadPreimageOutput serves as a container for the return parameters of contract
// method ReadPreimage.
type ReadPreimageOutput struct {
	Dat    [32]byte
	DatLen *big.Int
}

// UnpackReadPreimage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe03110e1.
//
// Solidity: function readPreimage(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen)
func (preimageOracle *PreimageOracle) UnpackReadPreimage(data []byte) (ReadPreimageOutput, error) {
	out, err := preimageOracle.abi.Unpack("readPreimage", data)
	outstruct := new(ReadPreimageOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Dat = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.DatLen = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRegisterCommitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6351afae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerCommitted(bytes32 root, uint64 length) returns(bytes32 key)
func (preimageOracle *PreimageOracle) PackRegisterCommitted(root [32]byte, length uint64) []byte {
	enc, err := preimageOracle.abi.Pack("registerCommitted", root, length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterCommitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6351afae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerCommitted(bytes32 root, uint64 length) returns(bytes32 key)
func (preimageOracle *PreimageOracle) TryPackRegisterCommitted(root [32]byte, length uint64) ([]byte, error) {
	return preimageOracle.abi.Pack("registerCommitted", root, length)
}

// UnpackRegisterCommitted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6351afae.
//
// Solidity: function registerCommitted(bytes32 root, uint64 length) returns(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackRegisterCommitted(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("registerCommitted", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PreimageOracleCommittedRegistered represents a CommittedRegistered event raised by the PreimageOracle contract.
type PreimageOracleCommittedRegistered struct {
	Key    [32]byte
	Root   [32]byte
	Length uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const PreimageOracleCommittedRegisteredEventName = "CommittedRegistered"

// ContractEventName returns the user-defined event name.
func (PreimageOracleCommittedRegistered) ContractEventName() string {
	return PreimageOracleCommittedRegisteredEventName
}

// UnpackCommittedRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommittedRegistered(bytes32 indexed key, bytes32 root, uint64 length)
func (preimageOracle *PreimageOracle) UnpackCommittedRegisteredEvent(log *types.Log) (*PreimageOracleCommittedRegistered, error) {
	event := "CommittedRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preimageOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreimageOracleCommittedRegistered)
	if len(log.Data) > 0 {
		if err := preimageOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range preimageOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
