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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOutputs\",\"name\":\"outputs_\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"}],\"name\":\"BadOutputPreimage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"NotWithdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"L2_WITHDRAWALS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalStorageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.OutputPreimage\",\"name\":\"o\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"finalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"hashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"}],\"name\":\"hashWithdrawal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalStorageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.OutputPreimage\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"outputRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"contractIOutputs\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"proveValue\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"slotOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x60a0604052604051611d23380380611d238339810160408190526020916030565b6001600160a01b0316608052605b565b5f60208284031215603f575f5ffd5b81516001600160a01b03811681146054575f5ffd5b9392505050565b608051611ca26100815f395f81816102b1015281816103c201526104b40152611ca25ff3fe6080604052600436106100c3575f3560e01c806390b155b711610071578063a73dd29d1161004c578063a73dd29d1461026e578063f340fa011461028d578063f65450ea146102a0575f5ffd5b806390b155b7146101ef5780639ae2924314610210578063a07b3b191461024f575f5ffd5b80634bd75edb116100a15780634bd75edb1461017957806364e27c15146101985780637c4b99b8146101c4575f5ffd5b80630abea268146100c75780632858fcfb1461010a5780632dfdf0b514610140575b5f5ffd5b3480156100d2575f5ffd5b506100f56100e1366004611834565b5f6020819052908152604090205460ff1681565b60405190151581526020015b60405180910390f35b348015610115575f5ffd5b5060015467ffffffffffffffff165f908152600260205260409020545b604051908152602001610101565b34801561014b575f5ffd5b506001546101609067ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610101565b348015610184575f5ffd5b50610132610193366004611861565b6102d3565b3480156101a3575f5ffd5b506101b76101b23660046118ca565b610344565b6040516101019190611919565b3480156101cf575f5ffd5b506101326101de366004611966565b60026020525f908152604090205481565b3480156101fa575f5ffd5b5061020e610209366004611991565b610391565b005b34801561021b575f5ffd5b5061023773420000000000000000000000000000000000001681565b6040516001600160a01b039091168152602001610101565b34801561025a575f5ffd5b506101326102693660046119ff565b6107d7565b348015610279575f5ffd5b50610132610288366004611834565b610803565b61016061029b366004611a2d565b61081d565b3480156102ab575f5ffd5b506102377f000000000000000000000000000000000000000000000000000000000000000081565b5f81356102e66040840160208501611a2d565b6102f66060850160408601611a2d565b6040805160208101949094526001600160a01b039283169084015216606082810191909152830135608082015260a0015b604051602081830303815290604052805190602001209050919050565b606061035285858585610953565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293505050505b949350505050565b6040517fad35efd4000000000000000000000000000000000000000000000000000000008152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ad35efd490602401602060405180830381865afa15801561040f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104339190611a48565b905060ff8116600214610483576040517f3e88f07b0000000000000000000000000000000000000000000000000000000081526004810186905260ff821660248201526044015b60405180910390fd5b6040517fc7f758a8000000000000000000000000000000000000000000000000000000008152600481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063c7f758a89060240161010060405180830381865afa158015610502573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105269190611aa5565b60e00151905080610536866107d7565b14610570576040517f360b96080000000000000000000000000000000000000000000000000000000081526004810182905260240161047a565b5f61057a886102d3565b5f8181526020819052604090205490915060ff16156105c8576040517f4d0550b20000000000000000000000000000000000000000000000000000000081526004810182905260240161047a565b365f61060a88602001356105db85610803565b6040516020016105ed91815260200190565b604051602081830303815290604052805190602001208989610953565b9092509050600181141580610660575081815f81811061062c5761062c611b6f565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600160f81b14155b1561069a576040517f53dafeed0000000000000000000000000000000000000000000000000000000081526004810184905260240161047a565b5f83815260208190526040808220805460ff191660011790556106c39060608d01908d01611a2d565b6001600160a01b03168b606001356040515f6040518083038185875af1925050503d805f811461070e576040519150601f19603f3d011682016040523d82523d5f602084013e610713565b606091505b505090508061076a5761072c60608c0160408d01611a2d565b6040517f36899e480000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260240161047a565b61077a60608c0160408d01611a2d565b6001600160a01b0316847f621fc71e4c551c647c802132f3e8251a7dfc0105bc90484e3afd9920fe049c718d606001358d6040516107c2929190918252602082015260400190565b60405180910390a35050505050505050505050565b604080515f6020808301829052843583850152840135606083015291830135608082015260a001610327565b60408051602081018390525f918101829052606001610327565b60015467ffffffffffffffff165f81815260026020908152604080832054905161089a928691349187910193845260609290921b6bffffffffffffffffffffffff19166020840152603483015260c01b7fffffffffffffffff000000000000000000000000000000000000000000000000166054820152605c0190565b6040516020818303038152906040528051906020012090508060025f8460016108c39190611b97565b67ffffffffffffffff16815260208101919091526040015f20556108e8826001611b97565b6001805467ffffffffffffffff191667ffffffffffffffff92831617905560408051348152602081018490526001600160a01b038616928516917fdaf0af297d25c0e96a0b209d35692b4e07c503634eeca57fc5c35c006acf527f910160405180910390a350919050565b365f61096181808481611bb7565b9092509050365f61097481808481611bb7565b90925090505f805b8915610a92578682036109d2576040516309616ecd60e31b815260206004820152601a60248201527f70726f6f6620656e6473206265666f726520746865206c656166000000000000604482015260640161047a565b8787836109de81611bde565b94508181106109ef576109ef611b6f565b9050602002810190610a019190611bf6565b93509350898484604051610a16929190611c39565b604051809103902014610a92576040516309616ecd60e31b815260206004820152602360248201527f6e6f646520646f6573206e6f74206861736820746f206974732072656665726560448201527f6e63650000000000000000000000000000000000000000000000000000000000606482015260840161047a565b5f5f5f610aa187878e87610b51565b9650919450925090508215610b1c57848a14610b00576040516309616ecd60e31b815260206004820152601460248201527f6e6f64657320616674657220746865206c656166000000000000000000000000604482015260640161047a565b610b0c8183888a611bb7565b9850985050505050505050610b48565b610b2887878484610d83565b9c508c610b4057610b3b8183888a611bb7565b965096505b50505061097c565b94509492505050565b5f5f5f5f5f5f610b618a8a610f4c565b9150915080601103610c1f5786604003610bbe576040516309616ecd60e31b815260206004820152601460248201527f6b657920656e64732061742061206272616e6368000000000000000000000000604482015260640161047a565b5f610bc989896110de565b90505f838260128110610bde57610bde611b6f565b602002015184610bef846001611c48565b60128110610bff57610bff611b6f565b6020020151610c0f8b6001611c48565b9650965096509650505050610d78565b80600214610c70576040516309616ecd60e31b815260206004820152601e60248201527f6e6f6465206f66206e6569746865722032206e6f72203137206974656d730000604482015260640161047a565b8151610c81908b908b908b8b611104565b9650925085610ca3575060208101516040909101515f95509093509150610d78565b82604014610cf4576040516309616ecd60e31b815260206004820152601860248201527f6c65616620656e6473206265666f726520746865206b65790000000000000000604482015260640161047a565b5f8080610d098d8d8760016020020151611391565b509250925092508215610d5f576040516309616ecd60e31b815260206004820152601460248201527f6c6561662076616c75652069732061206c697374000000000000000000000000604482015260640161047a565b600182610d6c8382611c48565b98509850985050505050505b945094509450949050565b5f5f5f5f610d92888888611391565b509250925092508215610e2b576020610dab8787611c5b565b10610e1f576040516309616ecd60e31b815260206004820152602160248201527f656d626564646564206e6f6465206f66203332206279746573206f72206d6f7260448201527f6500000000000000000000000000000000000000000000000000000000000000606482015260840161047a565b505f9250610389915050565b80602003610eb3575f888389610e42826020611c48565b92610e4f93929190611bb7565b610e5891611c6e565b905080610ea8576040516309616ecd60e31b815260206004820152600f60248201527f7a65726f206368696c6420686173680000000000000000000000000000000000604482015260640161047a565b935061038992505050565b805f03610f03576040516309616ecd60e31b815260206004820152601360248201527f6b6579206e6f7420696e20746865207472696500000000000000000000000000604482015260640161047a565b6040516309616ecd60e31b815260206004820152601360248201527f626164206368696c64207265666572656e636500000000000000000000000000604482015260640161047a565b610f54611815565b5f5f5f5f5f610f6488885f611391565b9350935093509350831580610f795750808714155b15610fc7576040516309616ecd60e31b815260206004820152601860248201527f6e6f6465206973206e6f74206f6e6520524c50206c6973740000000000000000604482015260640161047a565b5f610fd28385611c48565b90505b80841015611067578560110361102e576040516309616ecd60e31b815260206004820152601a60248201527f6e6f6465206f66206d6f7265207468616e203137206974656d73000000000000604482015260640161047a565b83878761103a81611bde565b98506012811061104c5761104c611b6f565b602002015261105c898986611391565b9650610fd592505050565b8084146110b7576040516309616ecd60e31b815260206004820152601b60248201527f6e6f6465206974656d73206f76657272756e20746865206c6973740000000000604482015260640161047a565b808787601281106110ca576110ca611b6f565b602002015250949793965092945050505050565b5f6110ea826004611c8b565b6110f59060fc611c5b565b83901c600f1690505b92915050565b5f5f5f5f5f6111148a8a8a611391565b509250925092508280611125575080155b15611173576040516309616ecd60e31b815260206004820152600d60248201527f626164206e6f6465207061746800000000000000000000000000000000000000604482015260640161047a565b5f8a8a8481811061118657611186611b6f565b919091013560f881901c925060fc1c905060038111156111e9576040516309616ecd60e31b815260206004820152601260248201527f626164206e6f6465207061746820666c61670000000000000000000000000000604482015260640161047a565b6001808216148015816111fe5750600f831615155b1561124c576040516309616ecd60e31b815260206004820152601560248201527f626164206e6f646520706174682070616464696e670000000000000000000000604482015260640161047a565b5f81611258575f61125b565b60015b60ff16611269600187611c5b565b611274906002611c8b565b61127e9190611c48565b9050604061128c828c611c48565b11156112db576040516309616ecd60e31b815260206004820152601860248201527f70617468206c6f6e676572207468616e20746865206b65790000000000000000604482015260640161047a565b600260ff84161080159850886112ef575080155b1561133d576040516309616ecd60e31b815260206004820152600f60248201527f656d70747920657874656e73696f6e0000000000000000000000000000000000604482015260640161047a565b6113748e878f61134d8983611c48565b9261135a93929190611bb7565b84611366576002611369565b60015b60ff16848f8f6116e0565b61137e818b611c48565b9850505050505050509550959350505050565b5f8080808585106113e5576040516309616ecd60e31b815260206004820152601560248201527f524c50206974656d206f7574206f662072616e67650000000000000000000000604482015260640161047a565b5f8787878181106113f8576113f8611b6f565b919091013560f81c915050608081101561142057505f935084925060019150508082016116d7565b60b88160ff161080611444575060c08160ff1610158015611444575060f88160ff16105b156115055760c08160ff16101594508461145f576080611462565b60c05b810360ff1692508560010193508415801561147d5750826001145b156115005786841015806114b2575060808888868181106114a0576114a0611b6f565b9050013560f81c60f81b60f81c60ff16105b15611500576040516309616ecd60e31b815260206004820152601660248201527f6e6f6e2d63616e6f6e6963616c20524c50206279746500000000000000000000604482015260640161047a565b61167f565b60f88160ff16101594505f8561151c5760b761151f565b60f75b820360ff16905060018782010188101561157c576040516309616ecd60e31b815260206004820152601760248201527f524c50206c656e677468206f7574206f662072616e6765000000000000000000604482015260640161047a565b88888860010181811061159157611591611b6f565b919091013560f81c5f0390506115ea576040516309616ecd60e31b815260206004820152601860248201527f6e6f6e2d63616e6f6e6963616c20524c50206c656e6774680000000000000000604482015260640161047a565b5f5b81811015611624578989828a6001010181811061160b5761160b611b6f565b60089790971b919096013560f81c1794506001016115ec565b506038841015611677576040516309616ecd60e31b815260206004820152601860248201527f6e6f6e2d63616e6f6e6963616c20524c50206c656e6774680000000000000000604482015260640161047a565b860160010193505b8383019150868211156116d5576040516309616ecd60e31b815260206004820152601160248201527f524c50206974656d206f76657272756e73000000000000000000000000000000604482015260640161047a565b505b93509350935093565b5f6020861115611766576021861461173b576040516309616ecd60e31b815260206004820152601860248201527f70617468206c6f6e676572207468616e20746865206b65790000000000000000604482015260640161047a565b61174960216001888a611bb7565b61175291611c6e565b905061175f600286611c5b565b9450611773565b6117708688611c6e565b90505b835f03611780575061180d565b5f61178c856004611c8b565b61179890610100611c5b565b9050806117a6846004611c8b565b85901b901c816117b7886004611c8b565b84901b901c1461180a576040516309616ecd60e31b815260206004820152601a60248201527f706174682064697665726765732066726f6d20746865206b6579000000000000604482015260640161047a565b50505b505050505050565b6040518061024001604052806012906020820280368337509192915050565b5f60208284031215611844575f5ffd5b5035919050565b5f6080828403121561185b575f5ffd5b50919050565b5f60808284031215611871575f5ffd5b61187b838361184b565b9392505050565b5f5f83601f840112611892575f5ffd5b50813567ffffffffffffffff8111156118a9575f5ffd5b6020830191508360208260051b85010111156118c3575f5ffd5b9250929050565b5f5f5f5f606085870312156118dd575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115611901575f5ffd5b61190d87828801611882565b95989497509550505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b67ffffffffffffffff81168114611963575f5ffd5b50565b5f60208284031215611976575f5ffd5b813561187b8161194e565b5f6060828403121561185b575f5ffd5b5f5f5f5f5f61012086880312156119a6575f5ffd5b6119b0878761184b565b9450608086013593506119c68760a08801611981565b925061010086013567ffffffffffffffff8111156119e2575f5ffd5b6119ee88828901611882565b969995985093965092949392505050565b5f60608284031215611a0f575f5ffd5b61187b8383611981565b6001600160a01b0381168114611963575f5ffd5b5f60208284031215611a3d575f5ffd5b813561187b81611a19565b5f60208284031215611a58575f5ffd5b815160ff8116811461187b575f5ffd5b8051611a7381611a19565b919050565b8051611a738161194e565b805163ffffffff81168114611a73575f5ffd5b80518015158114611a73575f5ffd5b5f610100828403128015611ab7575f5ffd5b50604051610100810167ffffffffffffffff81118282101715611ae857634e487b7160e01b5f52604160045260245ffd5b604052611af483611a68565b8152611b0260208401611a78565b6020820152611b1360408401611a78565b6040820152611b2460608401611a83565b6060820152611b3560808401611a83565b6080820152611b4660a08401611a83565b60a0820152611b5760c08401611a96565b60c082015260e0928301519281019290925250919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156110fe576110fe611b83565b5f5f85851115611bc5575f5ffd5b83861115611bd1575f5ffd5b5050820193919092039150565b5f60018201611bef57611bef611b83565b5060010190565b5f5f8335601e19843603018112611c0b575f5ffd5b83018035915067ffffffffffffffff821115611c25575f5ffd5b6020019150368190038213156118c3575f5ffd5b818382375f9101908152919050565b808201808211156110fe576110fe611b83565b818103818111156110fe576110fe611b83565b803560208310156110fe575f19602084900360031b1b1692915050565b80820281158282048414176110fe576110fe611b8356",
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

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address l2Recipient) payable returns(uint64 index)
func (bridge *Bridge) PackDeposit(l2Recipient common.Address) []byte {
	enc, err := bridge.abi.Pack("deposit", l2Recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address l2Recipient) payable returns(uint64 index)
func (bridge *Bridge) TryPackDeposit(l2Recipient common.Address) ([]byte, error) {
	return bridge.abi.Pack("deposit", l2Recipient)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf340fa01.
//
// Solidity: function deposit(address l2Recipient) payable returns(uint64 index)
func (bridge *Bridge) UnpackDeposit(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("deposit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint64)
func (bridge *Bridge) PackDepositCount() []byte {
	enc, err := bridge.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint64)
func (bridge *Bridge) TryPackDepositCount() ([]byte, error) {
	return bridge.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint64)
func (bridge *Bridge) UnpackDepositCount(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("depositCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2858fcfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositHash() view returns(bytes32)
func (bridge *Bridge) PackDepositHash() []byte {
	enc, err := bridge.abi.Pack("depositHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2858fcfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositHash() view returns(bytes32)
func (bridge *Bridge) TryPackDepositHash() ([]byte, error) {
	return bridge.abi.Pack("depositHash")
}

// UnpackDepositHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2858fcfb.
//
// Solidity: function depositHash() view returns(bytes32)
func (bridge *Bridge) UnpackDepositHash(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("depositHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4b99b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAt(uint64 ) view returns(bytes32)
func (bridge *Bridge) PackHashAt(arg0 uint64) []byte {
	enc, err := bridge.abi.Pack("hashAt", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4b99b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAt(uint64 ) view returns(bytes32)
func (bridge *Bridge) TryPackHashAt(arg0 uint64) ([]byte, error) {
	return bridge.abi.Pack("hashAt", arg0)
}

// UnpackHashAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c4b99b8.
//
// Solidity: function hashAt(uint64 ) view returns(bytes32)
func (bridge *Bridge) UnpackHashAt(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("hashAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// BridgeDeposit represents a Deposit event raised by the Bridge contract.
type BridgeDeposit struct {
	Index     uint64
	Recipient common.Address
	Value     *big.Int
	NewHash   [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (BridgeDeposit) ContractEventName() string {
	return BridgeDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(uint64 indexed index, address indexed recipient, uint256 value, bytes32 newHash)
func (bridge *Bridge) UnpackDepositEvent(log *types.Log) (*BridgeDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDeposit)
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
