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

// BridgeOutputPreimage is an auto generated low-level Go binding around an user-defined struct.
type BridgeOutputPreimage struct {
	StateRoot             [32]byte
	WithdrawalStorageRoot [32]byte
	BlockHash             [32]byte
}

// BridgeWithdrawal is an auto generated low-level Go binding around an user-defined struct.
type BridgeWithdrawal struct {
	Nonce     *big.Int
	Sender    common.Address
	Recipient common.Address
	Value     *big.Int
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOutputs\",\"name\":\"outputs_\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"}],\"name\":\"BadOutputPreimage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"NotWithdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"L2_WITHDRAWALS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalStorageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.OutputPreimage\",\"name\":\"o\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"finalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"}],\"name\":\"hashWithdrawal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalStorageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.OutputPreimage\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"outputRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"contractIOutputs\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"proveValue\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"slotOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x60a0604052604051611a6c380380611a6c8339810160408190526020916030565b6001600160a01b0316608052605b565b5f60208284031215603f575f5ffd5b81516001600160a01b03811681146054575f5ffd5b9392505050565b6080516119eb6100815f395f818161017401528181610285015261037701526119eb5ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80639ae29243116100585780639ae2924314610116578063a07b3b1914610149578063a73dd29d1461015c578063f65450ea1461016f575f5ffd5b80630abea268146100895780634bd75edb146100c057806364e27c15146100e157806390b155b714610101575b5f5ffd5b6100ab6100973660046115c1565b5f6020819052908152604090205460ff1681565b60405190151581526020015b60405180910390f35b6100d36100ce3660046115ee565b610196565b6040519081526020016100b7565b6100f46100ef366004611657565b610207565b6040516100b791906116a6565b61011461010f3660046116eb565b610254565b005b61013173420000000000000000000000000000000000001681565b6040516001600160a01b0390911681526020016100b7565b6100d3610157366004611759565b61069a565b6100d361016a3660046115c1565b6106c6565b6101317f000000000000000000000000000000000000000000000000000000000000000081565b5f81356101a9604084016020850161178a565b6101b9606085016040860161178a565b6040805160208101949094526001600160a01b039283169084015216606082810191909152830135608082015260a0015b604051602081830303815290604052805190602001209050919050565b6060610215858585856106e0565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293505050505b949350505050565b6040517fad35efd4000000000000000000000000000000000000000000000000000000008152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ad35efd490602401602060405180830381865afa1580156102d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102f691906117a5565b905060ff8116600214610346576040517f3e88f07b0000000000000000000000000000000000000000000000000000000081526004810186905260ff821660248201526044015b60405180910390fd5b6040517fc7f758a8000000000000000000000000000000000000000000000000000000008152600481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063c7f758a89060240161010060405180830381865afa1580156103c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103e9919061180e565b60e001519050806103f98661069a565b14610433576040517f360b96080000000000000000000000000000000000000000000000000000000081526004810182905260240161033d565b5f61043d88610196565b5f8181526020819052604090205490915060ff161561048b576040517f4d0550b20000000000000000000000000000000000000000000000000000000081526004810182905260240161033d565b365f6104cd886020013561049e856106c6565b6040516020016104b091815260200190565b6040516020818303038152906040528051906020012089896106e0565b9092509050600181141580610523575081815f8181106104ef576104ef6118d8565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600160f81b14155b1561055d576040517f53dafeed0000000000000000000000000000000000000000000000000000000081526004810184905260240161033d565b5f83815260208190526040808220805460ff191660011790556105869060608d01908d0161178a565b6001600160a01b03168b606001356040515f6040518083038185875af1925050503d805f81146105d1576040519150601f19603f3d011682016040523d82523d5f602084013e6105d6565b606091505b505090508061062d576105ef60608c0160408d0161178a565b6040517f36899e480000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260240161033d565b61063d60608c0160408d0161178a565b6001600160a01b0316847f621fc71e4c551c647c802132f3e8251a7dfc0105bc90484e3afd9920fe049c718d606001358d604051610685929190918252602082015260400190565b60405180910390a35050505050505050505050565b604080515f6020808301829052843583850152840135606083015291830135608082015260a0016101ea565b60408051602081018390525f9181018290526060016101ea565b365f6106ee818084816118ec565b9092509050365f610701818084816118ec565b90925090505f805b891561081f5786820361075f576040516309616ecd60e31b815260206004820152601a60248201527f70726f6f6620656e6473206265666f726520746865206c656166000000000000604482015260640161033d565b87878361076b81611927565b945081811061077c5761077c6118d8565b905060200281019061078e919061193f565b935093508984846040516107a3929190611982565b60405180910390201461081f576040516309616ecd60e31b815260206004820152602360248201527f6e6f646520646f6573206e6f74206861736820746f206974732072656665726560448201527f6e63650000000000000000000000000000000000000000000000000000000000606482015260840161033d565b5f5f5f61082e87878e876108de565b96509194509250905082156108a957848a1461088d576040516309616ecd60e31b815260206004820152601460248201527f6e6f64657320616674657220746865206c656166000000000000000000000000604482015260640161033d565b6108998183888a6118ec565b98509850505050505050506108d5565b6108b587878484610b10565b9c508c6108cd576108c88183888a6118ec565b965096505b505050610709565b94509492505050565b5f5f5f5f5f5f6108ee8a8a610cd9565b91509150806011036109ac578660400361094b576040516309616ecd60e31b815260206004820152601460248201527f6b657920656e64732061742061206272616e6368000000000000000000000000604482015260640161033d565b5f6109568989610e6b565b90505f83826012811061096b5761096b6118d8565b60200201518461097c846001611991565b6012811061098c5761098c6118d8565b602002015161099c8b6001611991565b9650965096509650505050610b05565b806002146109fd576040516309616ecd60e31b815260206004820152601e60248201527f6e6f6465206f66206e6569746865722032206e6f72203137206974656d730000604482015260640161033d565b8151610a0e908b908b908b8b610e91565b9650925085610a30575060208101516040909101515f95509093509150610b05565b82604014610a81576040516309616ecd60e31b815260206004820152601860248201527f6c65616620656e6473206265666f726520746865206b65790000000000000000604482015260640161033d565b5f8080610a968d8d876001602002015161111e565b509250925092508215610aec576040516309616ecd60e31b815260206004820152601460248201527f6c6561662076616c75652069732061206c697374000000000000000000000000604482015260640161033d565b600182610af98382611991565b98509850985050505050505b945094509450949050565b5f5f5f5f610b1f88888861111e565b509250925092508215610bb8576020610b3887876119a4565b10610bac576040516309616ecd60e31b815260206004820152602160248201527f656d626564646564206e6f6465206f66203332206279746573206f72206d6f7260448201527f6500000000000000000000000000000000000000000000000000000000000000606482015260840161033d565b505f925061024c915050565b80602003610c40575f888389610bcf826020611991565b92610bdc939291906118ec565b610be5916119b7565b905080610c35576040516309616ecd60e31b815260206004820152600f60248201527f7a65726f206368696c6420686173680000000000000000000000000000000000604482015260640161033d565b935061024c92505050565b805f03610c90576040516309616ecd60e31b815260206004820152601360248201527f6b6579206e6f7420696e20746865207472696500000000000000000000000000604482015260640161033d565b6040516309616ecd60e31b815260206004820152601360248201527f626164206368696c64207265666572656e636500000000000000000000000000604482015260640161033d565b610ce16115a2565b5f5f5f5f5f610cf188885f61111e565b9350935093509350831580610d065750808714155b15610d54576040516309616ecd60e31b815260206004820152601860248201527f6e6f6465206973206e6f74206f6e6520524c50206c6973740000000000000000604482015260640161033d565b5f610d5f8385611991565b90505b80841015610df45785601103610dbb576040516309616ecd60e31b815260206004820152601a60248201527f6e6f6465206f66206d6f7265207468616e203137206974656d73000000000000604482015260640161033d565b838787610dc781611927565b985060128110610dd957610dd96118d8565b6020020152610de989898661111e565b9650610d6292505050565b808414610e44576040516309616ecd60e31b815260206004820152601b60248201527f6e6f6465206974656d73206f76657272756e20746865206c6973740000000000604482015260640161033d565b80878760128110610e5757610e576118d8565b602002015250949793965092945050505050565b5f610e778260046119d4565b610e829060fc6119a4565b83901c600f1690505b92915050565b5f5f5f5f5f610ea18a8a8a61111e565b509250925092508280610eb2575080155b15610f00576040516309616ecd60e31b815260206004820152600d60248201527f626164206e6f6465207061746800000000000000000000000000000000000000604482015260640161033d565b5f8a8a84818110610f1357610f136118d8565b919091013560f881901c925060fc1c90506003811115610f76576040516309616ecd60e31b815260206004820152601260248201527f626164206e6f6465207061746820666c61670000000000000000000000000000604482015260640161033d565b600180821614801581610f8b5750600f831615155b15610fd9576040516309616ecd60e31b815260206004820152601560248201527f626164206e6f646520706174682070616464696e670000000000000000000000604482015260640161033d565b5f81610fe5575f610fe8565b60015b60ff16610ff66001876119a4565b6110019060026119d4565b61100b9190611991565b90506040611019828c611991565b1115611068576040516309616ecd60e31b815260206004820152601860248201527f70617468206c6f6e676572207468616e20746865206b65790000000000000000604482015260640161033d565b600260ff841610801598508861107c575080155b156110ca576040516309616ecd60e31b815260206004820152600f60248201527f656d70747920657874656e73696f6e0000000000000000000000000000000000604482015260640161033d565b6111018e878f6110da8983611991565b926110e7939291906118ec565b846110f35760026110f6565b60015b60ff16848f8f61146d565b61110b818b611991565b9850505050505050509550959350505050565b5f808080858510611172576040516309616ecd60e31b815260206004820152601560248201527f524c50206974656d206f7574206f662072616e67650000000000000000000000604482015260640161033d565b5f878787818110611185576111856118d8565b919091013560f81c91505060808110156111ad57505f93508492506001915050808201611464565b60b88160ff1610806111d1575060c08160ff16101580156111d1575060f88160ff16105b156112925760c08160ff1610159450846111ec5760806111ef565b60c05b810360ff1692508560010193508415801561120a5750826001145b1561128d57868410158061123f5750608088888681811061122d5761122d6118d8565b9050013560f81c60f81b60f81c60ff16105b1561128d576040516309616ecd60e31b815260206004820152601660248201527f6e6f6e2d63616e6f6e6963616c20524c50206279746500000000000000000000604482015260640161033d565b61140c565b60f88160ff16101594505f856112a95760b76112ac565b60f75b820360ff169050600187820101881015611309576040516309616ecd60e31b815260206004820152601760248201527f524c50206c656e677468206f7574206f662072616e6765000000000000000000604482015260640161033d565b88888860010181811061131e5761131e6118d8565b919091013560f81c5f039050611377576040516309616ecd60e31b815260206004820152601860248201527f6e6f6e2d63616e6f6e6963616c20524c50206c656e6774680000000000000000604482015260640161033d565b5f5b818110156113b1578989828a60010101818110611398576113986118d8565b60089790971b919096013560f81c179450600101611379565b506038841015611404576040516309616ecd60e31b815260206004820152601860248201527f6e6f6e2d63616e6f6e6963616c20524c50206c656e6774680000000000000000604482015260640161033d565b860160010193505b838301915086821115611462576040516309616ecd60e31b815260206004820152601160248201527f524c50206974656d206f76657272756e73000000000000000000000000000000604482015260640161033d565b505b93509350935093565b5f60208611156114f357602186146114c8576040516309616ecd60e31b815260206004820152601860248201527f70617468206c6f6e676572207468616e20746865206b65790000000000000000604482015260640161033d565b6114d660216001888a6118ec565b6114df916119b7565b90506114ec6002866119a4565b9450611500565b6114fd86886119b7565b90505b835f0361150d575061159a565b5f6115198560046119d4565b611525906101006119a4565b9050806115338460046119d4565b85901b901c816115448860046119d4565b84901b901c14611597576040516309616ecd60e31b815260206004820152601a60248201527f706174682064697665726765732066726f6d20746865206b6579000000000000604482015260640161033d565b50505b505050505050565b6040518061024001604052806012906020820280368337509192915050565b5f602082840312156115d1575f5ffd5b5035919050565b5f608082840312156115e8575f5ffd5b50919050565b5f608082840312156115fe575f5ffd5b61160883836115d8565b9392505050565b5f5f83601f84011261161f575f5ffd5b50813567ffffffffffffffff811115611636575f5ffd5b6020830191508360208260051b8501011115611650575f5ffd5b9250929050565b5f5f5f5f6060858703121561166a575f5ffd5b8435935060208501359250604085013567ffffffffffffffff81111561168e575f5ffd5b61169a8782880161160f565b95989497509550505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f606082840312156115e8575f5ffd5b5f5f5f5f5f6101208688031215611700575f5ffd5b61170a87876115d8565b9450608086013593506117208760a088016116db565b925061010086013567ffffffffffffffff81111561173c575f5ffd5b6117488882890161160f565b969995985093965092949392505050565b5f60608284031215611769575f5ffd5b61160883836116db565b6001600160a01b0381168114611787575f5ffd5b50565b5f6020828403121561179a575f5ffd5b813561160881611773565b5f602082840312156117b5575f5ffd5b815160ff81168114611608575f5ffd5b80516117d081611773565b919050565b805167ffffffffffffffff811681146117d0575f5ffd5b805163ffffffff811681146117d0575f5ffd5b805180151581146117d0575f5ffd5b5f610100828403128015611820575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561185157634e487b7160e01b5f52604160045260245ffd5b60405261185d836117c5565b815261186b602084016117d5565b602082015261187c604084016117d5565b604082015261188d606084016117ec565b606082015261189e608084016117ec565b60808201526118af60a084016117ec565b60a08201526118c060c084016117ff565b60c082015260e0928301519281019290925250919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156118fa575f5ffd5b83861115611906575f5ffd5b5050820193919092039150565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161193857611938611913565b5060010190565b5f5f8335601e19843603018112611954575f5ffd5b83018035915067ffffffffffffffff82111561196e575f5ffd5b602001915036819003821315611650575f5ffd5b818382375f9101908152919050565b80820180821115610e8b57610e8b611913565b81810381811115610e8b57610e8b611913565b80356020831015610e8b575f19602084900360031b1b1692915050565b8082028115828204841417610e8b57610e8b61191356",
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bridge) GetABI() abi.ABI {
	return c.abi
}

// NewBridge creates a new instance of Bridge.
func NewBridge() *Bridge {
	parsed, err := BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address outputs_) payable returns()
func (bridge *Bridge) PackConstructor(outputs_ common.Address) []byte {
	enc, err := bridge.abi.Pack("", outputs_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackL2WITHDRAWALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ae29243.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function L2_WITHDRAWALS() view returns(address)
func (bridge *Bridge) PackL2WITHDRAWALS() []byte {
	enc, err := bridge.abi.Pack("L2_WITHDRAWALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2WITHDRAWALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ae29243.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function L2_WITHDRAWALS() view returns(address)
func (bridge *Bridge) TryPackL2WITHDRAWALS() ([]byte, error) {
	return bridge.abi.Pack("L2_WITHDRAWALS")
}

// UnpackL2WITHDRAWALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ae29243.
//
// Solidity: function L2_WITHDRAWALS() view returns(address)
func (bridge *Bridge) UnpackL2WITHDRAWALS(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("L2_WITHDRAWALS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90b155b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) w, uint256 proposalId, (bytes32,bytes32,bytes32) o, bytes[] storageProof) returns()
func (bridge *Bridge) PackFinalizeWithdrawal(w BridgeWithdrawal, proposalId *big.Int, o BridgeOutputPreimage, storageProof [][]byte) []byte {
	enc, err := bridge.abi.Pack("finalizeWithdrawal", w, proposalId, o, storageProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90b155b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) w, uint256 proposalId, (bytes32,bytes32,bytes32) o, bytes[] storageProof) returns()
func (bridge *Bridge) TryPackFinalizeWithdrawal(w BridgeWithdrawal, proposalId *big.Int, o BridgeOutputPreimage, storageProof [][]byte) ([]byte, error) {
	return bridge.abi.Pack("finalizeWithdrawal", w, proposalId, o, storageProof)
}

// PackFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0abea268.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalized(bytes32 ) view returns(bool)
func (bridge *Bridge) PackFinalized(arg0 [32]byte) []byte {
	enc, err := bridge.abi.Pack("finalized", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0abea268.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalized(bytes32 ) view returns(bool)
func (bridge *Bridge) TryPackFinalized(arg0 [32]byte) ([]byte, error) {
	return bridge.abi.Pack("finalized", arg0)
}

// UnpackFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0abea268.
//
// Solidity: function finalized(bytes32 ) view returns(bool)
func (bridge *Bridge) UnpackFinalized(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("finalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bd75edb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashWithdrawal((uint256,address,address,uint256) w) pure returns(bytes32)
func (bridge *Bridge) PackHashWithdrawal(w BridgeWithdrawal) []byte {
	enc, err := bridge.abi.Pack("hashWithdrawal", w)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bd75edb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashWithdrawal((uint256,address,address,uint256) w) pure returns(bytes32)
func (bridge *Bridge) TryPackHashWithdrawal(w BridgeWithdrawal) ([]byte, error) {
	return bridge.abi.Pack("hashWithdrawal", w)
}

// UnpackHashWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bd75edb.
//
// Solidity: function hashWithdrawal((uint256,address,address,uint256) w) pure returns(bytes32)
func (bridge *Bridge) UnpackHashWithdrawal(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("hashWithdrawal", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOutputRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa07b3b19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputRootOf((bytes32,bytes32,bytes32) o) pure returns(bytes32)
func (bridge *Bridge) PackOutputRootOf(o BridgeOutputPreimage) []byte {
	enc, err := bridge.abi.Pack("outputRootOf", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa07b3b19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputRootOf((bytes32,bytes32,bytes32) o) pure returns(bytes32)
func (bridge *Bridge) TryPackOutputRootOf(o BridgeOutputPreimage) ([]byte, error) {
	return bridge.abi.Pack("outputRootOf", o)
}

// UnpackOutputRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa07b3b19.
//
// Solidity: function outputRootOf((bytes32,bytes32,bytes32) o) pure returns(bytes32)
func (bridge *Bridge) UnpackOutputRootOf(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("outputRootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf65450ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputs() view returns(address)
func (bridge *Bridge) PackOutputs() []byte {
	enc, err := bridge.abi.Pack("outputs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf65450ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputs() view returns(address)
func (bridge *Bridge) TryPackOutputs() ([]byte, error) {
	return bridge.abi.Pack("outputs")
}

// UnpackOutputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf65450ea.
//
// Solidity: function outputs() view returns(address)
func (bridge *Bridge) UnpackOutputs(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("outputs", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProveValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64e27c15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveValue(bytes32 root, bytes32 key, bytes[] proof) pure returns(bytes)
func (bridge *Bridge) PackProveValue(root [32]byte, key [32]byte, proof [][]byte) []byte {
	enc, err := bridge.abi.Pack("proveValue", root, key, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64e27c15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveValue(bytes32 root, bytes32 key, bytes[] proof) pure returns(bytes)
func (bridge *Bridge) TryPackProveValue(root [32]byte, key [32]byte, proof [][]byte) ([]byte, error) {
	return bridge.abi.Pack("proveValue", root, key, proof)
}

// UnpackProveValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64e27c15.
//
// Solidity: function proveValue(bytes32 root, bytes32 key, bytes[] proof) pure returns(bytes)
func (bridge *Bridge) UnpackProveValue(data []byte) ([]byte, error) {
	out, err := bridge.abi.Unpack("proveValue", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa73dd29d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotOf(bytes32 withdrawalHash) pure returns(bytes32)
func (bridge *Bridge) PackSlotOf(withdrawalHash [32]byte) []byte {
	enc, err := bridge.abi.Pack("slotOf", withdrawalHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa73dd29d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotOf(bytes32 withdrawalHash) pure returns(bytes32)
func (bridge *Bridge) TryPackSlotOf(withdrawalHash [32]byte) ([]byte, error) {
	return bridge.abi.Pack("slotOf", withdrawalHash)
}

// UnpackSlotOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa73dd29d.
//
// Solidity: function slotOf(bytes32 withdrawalHash) pure returns(bytes32)
func (bridge *Bridge) UnpackSlotOf(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("slotOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// BridgeWithdrawalFinalized represents a WithdrawalFinalized event raised by the Bridge contract.
type BridgeWithdrawalFinalized struct {
	WithdrawalHash [32]byte
	Recipient      common.Address
	Value          *big.Int
	ProposalId     *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeWithdrawalFinalizedEventName = "WithdrawalFinalized"

// ContractEventName returns the user-defined event name.
func (BridgeWithdrawalFinalized) ContractEventName() string {
	return BridgeWithdrawalFinalizedEventName
}

// UnpackWithdrawalFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalFinalized(bytes32 indexed withdrawalHash, address indexed recipient, uint256 value, uint256 proposalId)
func (bridge *Bridge) UnpackWithdrawalFinalizedEvent(log *types.Log) (*BridgeWithdrawalFinalized, error) {
	event := "WithdrawalFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeWithdrawalFinalized)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return bridge.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadOutputPreimage"].ID.Bytes()[:4]) {
		return bridge.UnpackBadOutputPreimageError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return bridge.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotFinal"].ID.Bytes()[:4]) {
		return bridge.UnpackNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotWithdrawn"].ID.Bytes()[:4]) {
		return bridge.UnpackNotWithdrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["PaymentFailed"].ID.Bytes()[:4]) {
		return bridge.UnpackPaymentFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeAlreadyFinalized represents a AlreadyFinalized error raised by the Bridge contract.
type BridgeAlreadyFinalized struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(bytes32 withdrawalHash)
func BridgeAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0x4d0550b2ff7d45211ec58e5027a7d0962d5db1f33a04cc408d00531c56548d4f")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(bytes32 withdrawalHash)
func (bridge *Bridge) UnpackAlreadyFinalizedError(raw []byte) (*BridgeAlreadyFinalized, error) {
	out := new(BridgeAlreadyFinalized)
	if err := bridge.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadOutputPreimage represents a BadOutputPreimage error raised by the Bridge contract.
type BridgeBadOutputPreimage struct {
	OutputRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputPreimage(bytes32 outputRoot)
func BridgeBadOutputPreimageErrorID() common.Hash {
	return common.HexToHash("0x360b9608b5a5faf11b8304b75c095ef42376a446658ee07cf1b176539c49c8e5")
}

// UnpackBadOutputPreimageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputPreimage(bytes32 outputRoot)
func (bridge *Bridge) UnpackBadOutputPreimageError(raw []byte) (*BridgeBadOutputPreimage, error) {
	out := new(BridgeBadOutputPreimage)
	if err := bridge.abi.UnpackIntoInterface(out, "BadOutputPreimage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadProof represents a BadProof error raised by the Bridge contract.
type BridgeBadProof struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(string reason)
func BridgeBadProofErrorID() common.Hash {
	return common.HexToHash("0x4b0b7668f00e48d1b95940d503a98cb457b98d3da68370c08623198c4c757c45")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(string reason)
func (bridge *Bridge) UnpackBadProofError(raw []byte) (*BridgeBadProof, error) {
	out := new(BridgeBadProof)
	if err := bridge.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotFinal represents a NotFinal error raised by the Bridge contract.
type BridgeNotFinal struct {
	ProposalId *big.Int
	Status     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinal(uint256 proposalId, uint8 status)
func BridgeNotFinalErrorID() common.Hash {
	return common.HexToHash("0x3e88f07bb02b4a355480758b57b3acb07a55ef62eab3c2686a7c86aa7f19d6e1")
}

// UnpackNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinal(uint256 proposalId, uint8 status)
func (bridge *Bridge) UnpackNotFinalError(raw []byte) (*BridgeNotFinal, error) {
	out := new(BridgeNotFinal)
	if err := bridge.abi.UnpackIntoInterface(out, "NotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotWithdrawn represents a NotWithdrawn error raised by the Bridge contract.
type BridgeNotWithdrawn struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWithdrawn(bytes32 withdrawalHash)
func BridgeNotWithdrawnErrorID() common.Hash {
	return common.HexToHash("0x53dafeed3cce0701d4dc8d37ba1ccc10d287c2f02d51d8da23673dc9fdead25f")
}

// UnpackNotWithdrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWithdrawn(bytes32 withdrawalHash)
func (bridge *Bridge) UnpackNotWithdrawnError(raw []byte) (*BridgeNotWithdrawn, error) {
	out := new(BridgeNotWithdrawn)
	if err := bridge.abi.UnpackIntoInterface(out, "NotWithdrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgePaymentFailed represents a PaymentFailed error raised by the Bridge contract.
type BridgePaymentFailed struct {
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentFailed(address recipient)
func BridgePaymentFailedErrorID() common.Hash {
	return common.HexToHash("0x36899e48161ee4504f5f89aa55f7aed73460d464cb62f64e03057df7dbcdd0aa")
}

// UnpackPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentFailed(address recipient)
func (bridge *Bridge) UnpackPaymentFailedError(raw []byte) (*BridgePaymentFailed, error) {
	out := new(BridgePaymentFailed)
	if err := bridge.abi.UnpackIntoInterface(out, "PaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
