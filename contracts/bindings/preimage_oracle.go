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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"CommittedRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"opml\",\"type\":\"address\"}],\"name\":\"OpMLSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"committedData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"committedKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"committedLeafOk\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"committedLeaves\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"outputSize\",\"type\":\"uint64\"}],\"name\":\"inferenceKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"siblings\",\"type\":\"bytes\"}],\"name\":\"loadCommittedLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"outputSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"}],\"name\":\"loadInferencePart\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"loadKeccak256PreimagePart\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"localKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"}],\"name\":\"loadLocalData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"}],\"name\":\"localizeKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"localized\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"naturalHeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"h\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opml\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"preimageLengths\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"known\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"preimagePartOk\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"preimageParts\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"readPreimage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dat\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datLen\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"registerCommitted\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_opml\",\"type\":\"address\"}],\"name\":\"setOpML\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PreimageOracle",
	Bin: "0x60a0604052348015600e575f5ffd5b503360805260805161186061002b5f395f610aac01526118605ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c806393bc0292116100ad578063e03110e11161007d578063e24d944811610063578063e24d94481461032f578063eac149e2146103a1578063fef2b4ed146103cb575f5ffd5b8063e03110e1146102f4578063e15926111461031c575f5ffd5b806393bc0292146102525780639a6a794f146102895780639d1a37f8146102b4578063d3683efc146102e1575f5ffd5b8063609c0120116101025780636351afae116100e85780636351afae146101ef5780638542cf5014610202578063863d23b61461023f575f5ffd5b8063609c0120146101b257806361238bde146101c5575f5ffd5b806333d9614d1461013357806335bffb551461016957806339a95aa61461018a5780634e7498111461019d575b5f5ffd5b610146610141366004611435565b610420565b6040805192835267ffffffffffffffff9091166020830152015b60405180910390f35b61017c610177366004611435565b6104e3565b604051908152602001610160565b61017c610198366004611468565b61053f565b6101b06101ab3660046114c1565b610aa1565b005b61017c6101c03660046114da565b610c5a565b61017c6101d3366004611504565b600160209081525f928352604080842090915290825290205481565b61017c6101fd3660046114da565b610cdf565b61022f610210366004611504565b600260209081525f928352604080842090915290825290205460ff1681565b6040519015158152602001610160565b6101b061024d366004611562565b610d8e565b61017c6102603660046115be565b60408051938452602084019290925290820152606090206001600160f81b0316600160f81b1790565b60065461029c906001600160a01b031681565b6040516001600160a01b039091168152602001610160565b61022f6102c2366004611504565b600560209081525f928352604080842090915290825290205460ff1681565b61017c6102ef3660046115f1565b61103a565b610307610302366004611504565b6110ca565b60408051928352602083019190915201610160565b61017c61032a366004611647565b611271565b61017c61033d36600461168f565b604080516020808201959095528082019390935260c09190911b77ffffffffffffffffffffffffffffffffffffffffffffffff1916606083015280516048818403018152606890920190528051910120600160fa1b6001600160f81b039091161790565b61017c6103af366004611504565b600460209081525f928352604080842090915290825290205481565b6104006103d9366004611435565b5f6020819052908152604090205467ffffffffffffffff811690600160401b900460ff1682565b6040805167ffffffffffffffff9093168352901515602083015201610160565b5f81815260036020908152604080832081516060810183528154815260019091015467ffffffffffffffff811693820193909352600160401b90920460ff1615159082018190528291906104d15760405162461bcd60e51b815260206004820152602d60248201527f507265696d6167654f7261636c653a20636f6d6d69747465642064617461206e60448201526c1bdd081c9959da5cdd195c9959609a1b60648201526084015b60405180910390fd5b80516020909101519094909350915050565b5f8060206104f284601f6116d5565b6104fc91906116ee565b90506001811161050e57505f92915050565b5f61051a60018361170d565b90505b8015610538578261052d81611720565b93505060011c61051d565b5050919050565b6006545f906001600160a01b03166105995760405162461bcd60e51b815260206004820152601c60248201527f507265696d6167654f7261636c653a204f704d4c206e6f74207365740000000060448201526064016104c8565b6006546040517f995e4339000000000000000000000000000000000000000000000000000000008152600481018890525f9182916001600160a01b039091169063995e4339906024015f60405180830381865afa1580156105fc573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610623919081019061174c565b909250905060ff821660021461067b5760405162461bcd60e51b815260206004820152601f60248201527f507265696d6167654f7261636c653a20636c61696d206e6f742066696e616c0060448201526064016104c8565b6006546040517fedb82dc8000000000000000000000000000000000000000000000000000000008152600481018a90525f9182916001600160a01b039091169063edb82dc8906024016040805180830381865afa1580156106de573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107029190611818565b9150915088821461077b5760405162461bcd60e51b815260206004820152602c60248201527f507265696d6167654f7261636c653a20636c61696d2069732061626f7574206160448201527f6e6f74686572206d6f64656c000000000000000000000000000000000000000060648201526084016104c8565b8781146107f05760405162461bcd60e51b815260206004820152602c60248201527f507265696d6167654f7261636c653a20636c61696d2069732061626f7574206160448201527f6e6f7468657220696e707574000000000000000000000000000000000000000060648201526084016104c8565b8667ffffffffffffffff168351146108705760405162461bcd60e51b815260206004820152602d60248201527f507265696d6167654f7261636c653a20636c61696d2068617320616e6f74686560448201527f72206f75747075742073697a650000000000000000000000000000000000000060648201526084016104c8565b6040805160208082018c90528183018b905277ffffffffffffffffffffffffffffffffffffffffffffffff1960c08b901b16606083015282518083036048018152606890920190925280519101206001600160f81b0316600160fa1b179450825160086108dd91906116d5565b861061093c5760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a2070617274206f6666736574206f7574206044820152676f662072616e676560c01b60648201526084016104c8565b5f60405184518060c01b82528060208701600884015e5f908201600801819052908801518782526002602090815260408084208b85529091529091205490915060ff1615610a11575f8681526001602090815260408083208a84529091529020548114610a115760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a20636f6e666c696374696e672066696e6160448201527f6c20636c61696d7300000000000000000000000000000000000000000000000060648201526084016104c8565b60408051808201825267ffffffffffffffff998a168152600160208083018281525f8b81528083528581209451855492511515600160401b0268ffffffffffffffffff199093169e169d909d1717909255808252828b208a8c528252828b2093909355878a5260028152818a20988a529790975295909620805460ff191690951790945550909695505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610b3f5760405162461bcd60e51b815260206004820152602b60248201527f507265696d6167654f7261636c653a206f6e6c7920746865206465706c6f796560448201527f722073657473204f704d4c00000000000000000000000000000000000000000060648201526084016104c8565b6006546001600160a01b031615610b985760405162461bcd60e51b815260206004820181905260248201527f507265696d6167654f7261636c653a204f704d4c20616c72656164792073657460448201526064016104c8565b6001600160a01b038116610bee5760405162461bcd60e51b815260206004820152601960248201527f507265696d6167654f7261636c653a207a65726f204f704d4c0000000000000060448201526064016104c8565b600680547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527fb3a6f7fad0552bb62326ffa0519436f24d97bd214d4bdf1ccdaccecd6b03322e9060200160405180910390a150565b5f8282604051602001610c9592919091825260c01b77ffffffffffffffffffffffffffffffffffffffffffffffff1916602082015260280190565b60408051601f1981840301815291905280516020909101206001600160f81b03167f0300000000000000000000000000000000000000000000000000000000000000179392505050565b5f610cea8383610c5a565b6040805160608101825285815267ffffffffffffffff858116602080840182815260018587018181525f898152600385528890209651875591519501805491511515600160401b0268ffffffffffffffffff1990921695909416949094179390931790915582518781529182015291925082917f5ca515369c078b704c42ca953a2b9cdf60104c6853a54aebd96c7e5c34c32897910160405180910390a292915050565b5f8581526003602090815260409182902082516060810184528154815260019091015467ffffffffffffffff811692820192909252600160401b90910460ff16151591810182905290610e395760405162461bcd60e51b815260206004820152602d60248201527f507265696d6167654f7261636c653a20636f6d6d69747465642064617461206e60448201526c1bdd081c9959da5cdd195c9959609a1b60648201526084016104c8565b5f610e51826020015167ffffffffffffffff166104e3565b90506001811b8610610ecb5760405162461bcd60e51b815260206004820152602760248201527f507265696d6167654f7261636c653a206c65616620696e646578206f7574206f60448201527f662072616e67650000000000000000000000000000000000000000000000000060648201526084016104c8565b610ed681602061183a565b8314610f4a5760405162461bcd60e51b815260206004820152602260248201527f507265696d6167654f7261636c653a2077726f6e672070726f6f66206c656e6760448201527f746800000000000000000000000000000000000000000000000000000000000060648201526084016104c8565b8486855b858701811015610f81576001821660051b838152813560208218525060405f2092508160011c9150602081019050610f4e565b505082518114610ff95760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a2062616420636f6d6d69747465642d646160448201527f74612070726f6f6600000000000000000000000000000000000000000000000060648201526084016104c8565b5050505f8581526004602090815260408083208784528252808320959095559581526005865283812094815293909452509020805460ff1916600117905550565b5f600186821a1461108d5760405162461bcd60e51b815260206004820152601f60248201527f507265696d6167654f7261636c653a206e6f742061206c6f63616c206b65790060448201526064016104c8565b60408051878152336020820152908101869052606090206001600160f81b0316600160f81b1790506110c1818386866112cb565b95945050505050565b5f8281526020818152604080832081518083019092525467ffffffffffffffff81168252600160401b900460ff16151591810182905282916111745760405162461bcd60e51b815260206004820152602360248201527f507265696d6167654f7261636c653a20707265696d616765206e6f74206c6f6160448201527f646564000000000000000000000000000000000000000000000000000000000060648201526084016104c8565b80515f9061118d9067ffffffffffffffff1660086116d5565b90508085106111a457505f925082915061126a9050565b5f86815260026020908152604080832088845290915290205460ff166112325760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a20707265696d6167652070617274206e6f60448201527f74206c6f6164656400000000000000000000000000000000000000000000000060648201526084016104c8565b5f8681526001602090815260408083208884529091529020549350611257858261170d565b9250602083111561126757602092505b50505b9250929050565b5f8282604051611282929190611851565b6040519081900390206001600160f81b03167f02000000000000000000000000000000000000000000000000000000000000001790506112c4818585856112cb565b9392505050565b67ffffffffffffffff8111156113235760405162461bcd60e51b815260206004820152601e60248201527f507265696d6167654f7261636c653a2076616c756520746f6f206c6f6e67000060448201526064016104c8565b61132e8160086116d5565b831061138d5760405162461bcd60e51b815260206004820152602860248201527f507265696d6167654f7261636c653a2070617274206f6666736574206f7574206044820152676f662072616e676560c01b60648201526084016104c8565b5f6040518260c01b8152828460088301375f8184016008018190529085015160408051808201825267ffffffffffffffff9586168152600160208083018281528b87528682528487209351845491511515600160401b0268ffffffffffffffffff199092169916989098179790971790915580865281842088855286528184209290925596825260028452868220958252949092525092909220805460ff1916909117905550565b5f60208284031215611445575f5ffd5b5035919050565b803567ffffffffffffffff81168114611463575f5ffd5b919050565b5f5f5f5f5f60a0868803121561147c575f5ffd5b85359450602086013593506040860135925061149a6060870161144c565b949793965091946080013592915050565b80356001600160a01b0381168114611463575f5ffd5b5f602082840312156114d1575f5ffd5b6112c4826114ab565b5f5f604083850312156114eb575f5ffd5b823591506114fb6020840161144c565b90509250929050565b5f5f60408385031215611515575f5ffd5b50508035926020909101359150565b5f5f83601f840112611534575f5ffd5b50813567ffffffffffffffff81111561154b575f5ffd5b60208301915083602082850101111561126a575f5ffd5b5f5f5f5f5f60808688031215611576575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff8111156115a1575f5ffd5b6115ad88828901611524565b969995985093965092949392505050565b5f5f5f606084860312156115d0575f5ffd5b833592506115e0602085016114ab565b929592945050506040919091013590565b5f5f5f5f5f60808688031215611605575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115611629575f5ffd5b61163588828901611524565b96999598509660600135949350505050565b5f5f5f60408486031215611659575f5ffd5b83359250602084013567ffffffffffffffff811115611676575f5ffd5b61168286828701611524565b9497909650939450505050565b5f5f5f606084860312156116a1575f5ffd5b83359250602084013591506116b86040850161144c565b90509250925092565b634e487b7160e01b5f52601160045260245ffd5b808201808211156116e8576116e86116c1565b92915050565b5f8261170857634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156116e8576116e86116c1565b5f60018201611731576117316116c1565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561175d575f5ffd5b825160ff8116811461176d575f5ffd5b602084015190925067ffffffffffffffff811115611789575f5ffd5b8301601f81018513611799575f5ffd5b805167ffffffffffffffff8111156117b3576117b3611738565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156117e2576117e2611738565b6040528181528282016020018710156117f9575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b5f5f60408385031215611829575f5ffd5b505080516020909101519092909150565b80820281158282048414176116e8576116e86116c1565b818382375f910190815291905056",
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

// PackInferenceKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe24d9448.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inferenceKey(bytes32 model, bytes32 inputHash, uint64 outputSize) pure returns(bytes32 key)
func (preimageOracle *PreimageOracle) PackInferenceKey(model [32]byte, inputHash [32]byte, outputSize uint64) []byte {
	enc, err := preimageOracle.abi.Pack("inferenceKey", model, inputHash, outputSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInferenceKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe24d9448.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inferenceKey(bytes32 model, bytes32 inputHash, uint64 outputSize) pure returns(bytes32 key)
func (preimageOracle *PreimageOracle) TryPackInferenceKey(model [32]byte, inputHash [32]byte, outputSize uint64) ([]byte, error) {
	return preimageOracle.abi.Pack("inferenceKey", model, inputHash, outputSize)
}

// UnpackInferenceKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe24d9448.
//
// Solidity: function inferenceKey(bytes32 model, bytes32 inputHash, uint64 outputSize) pure returns(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackInferenceKey(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("inferenceKey", data)
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

// PackLoadInferencePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39a95aa6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadInferencePart(uint256 claimId, bytes32 model, bytes32 inputHash, uint64 outputSize, uint256 partOffset) returns(bytes32 key)
func (preimageOracle *PreimageOracle) PackLoadInferencePart(claimId *big.Int, model [32]byte, inputHash [32]byte, outputSize uint64, partOffset *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("loadInferencePart", claimId, model, inputHash, outputSize, partOffset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadInferencePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39a95aa6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadInferencePart(uint256 claimId, bytes32 model, bytes32 inputHash, uint64 outputSize, uint256 partOffset) returns(bytes32 key)
func (preimageOracle *PreimageOracle) TryPackLoadInferencePart(claimId *big.Int, model [32]byte, inputHash [32]byte, outputSize uint64, partOffset *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("loadInferencePart", claimId, model, inputHash, outputSize, partOffset)
}

// UnpackLoadInferencePart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39a95aa6.
//
// Solidity: function loadInferencePart(uint256 claimId, bytes32 model, bytes32 inputHash, uint64 outputSize, uint256 partOffset) returns(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackLoadInferencePart(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("loadInferencePart", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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

// PackOpml is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6a794f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opml() view returns(address)
func (preimageOracle *PreimageOracle) PackOpml() []byte {
	enc, err := preimageOracle.abi.Pack("opml")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpml is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6a794f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opml() view returns(address)
func (preimageOracle *PreimageOracle) TryPackOpml() ([]byte, error) {
	return preimageOracle.abi.Pack("opml")
}

// UnpackOpml is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6a794f.
//
// Solidity: function opml() view returns(address)
func (preimageOracle *PreimageOracle) UnpackOpml(data []byte) (common.Address, error) {
	out, err := preimageOracle.abi.Unpack("opml", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackSetOpML is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e749811.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOpML(address _opml) returns()
func (preimageOracle *PreimageOracle) PackSetOpML(opml common.Address) []byte {
	enc, err := preimageOracle.abi.Pack("setOpML", opml)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOpML is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e749811.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOpML(address _opml) returns()
func (preimageOracle *PreimageOracle) TryPackSetOpML(opml common.Address) ([]byte, error) {
	return preimageOracle.abi.Pack("setOpML", opml)
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

// PreimageOracleOpMLSet represents a OpMLSet event raised by the PreimageOracle contract.
type PreimageOracleOpMLSet struct {
	Opml common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const PreimageOracleOpMLSetEventName = "OpMLSet"

// ContractEventName returns the user-defined event name.
func (PreimageOracleOpMLSet) ContractEventName() string {
	return PreimageOracleOpMLSetEventName
}

// UnpackOpMLSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OpMLSet(address opml)
func (preimageOracle *PreimageOracle) UnpackOpMLSetEvent(log *types.Log) (*PreimageOracleOpMLSet, error) {
	event := "OpMLSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preimageOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreimageOracleOpMLSet)
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
