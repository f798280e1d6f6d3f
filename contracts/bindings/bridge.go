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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOutputs\",\"name\":\"outputs_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"inclusionDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"}],\"name\":\"BadOutputPreimage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"NotWithdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"L2_WITHDRAWALS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"deadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalStorageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.OutputPreimage\",\"name\":\"o\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"finalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"hashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"}],\"name\":\"hashWithdrawal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalStorageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.OutputPreimage\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"outputRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"contractIOutputs\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"proveValue\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"slotOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x60c0604052604051611e3f380380611e3f83398101604081905261002291610041565b6001600160a01b039091166080526001600160401b031660a05261008f565b5f5f60408385031215610052575f5ffd5b82516001600160a01b0381168114610068575f5ffd5b60208401519092506001600160401b0381168114610084575f5ffd5b809150509250929050565b60805160a051611d7a6100c55f395f818161032f015261096001525f81816102fc0152818161044001526105320152611d7a5ff3fe6080604052600436106100d9575f3560e01c806390b155b71161007c578063a73dd29d11610057578063a73dd29d146102b9578063f340fa01146102d8578063f65450ea146102eb578063f765b4c31461031e575f5ffd5b806390b155b71461023a5780639ae292431461025b578063a07b3b191461029a575f5ffd5b80634bd75edb116100b75780634bd75edb1461018f57806364e27c15146101ae5780637661663e146101da5780637c4b99b81461020f575f5ffd5b80630abea268146100dd5780632858fcfb146101205780632dfdf0b514610156575b5f5ffd5b3480156100e8575f5ffd5b5061010b6100f736600461190c565b5f6020819052908152604090205460ff1681565b60405190151581526020015b60405180910390f35b34801561012b575f5ffd5b5060015467ffffffffffffffff165f908152600260205260409020545b604051908152602001610117565b348015610161575f5ffd5b506001546101769067ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610117565b34801561019a575f5ffd5b506101486101a9366004611939565b610351565b3480156101b9575f5ffd5b506101cd6101c83660046119a2565b6103c2565b60405161011791906119f1565b3480156101e5575f5ffd5b506101766101f4366004611a3e565b60036020525f908152604090205467ffffffffffffffff1681565b34801561021a575f5ffd5b50610148610229366004611a3e565b60026020525f908152604090205481565b348015610245575f5ffd5b50610259610254366004611a69565b61040f565b005b348015610266575f5ffd5b5061028273420000000000000000000000000000000000001681565b6040516001600160a01b039091168152602001610117565b3480156102a5575f5ffd5b506101486102b4366004611ad7565b610855565b3480156102c4575f5ffd5b506101486102d336600461190c565b610881565b6101766102e6366004611b05565b61089b565b3480156102f6575f5ffd5b506102827f000000000000000000000000000000000000000000000000000000000000000081565b348015610329575f5ffd5b506101767f000000000000000000000000000000000000000000000000000000000000000081565b5f81356103646040840160208501611b05565b6103746060850160408601611b05565b6040805160208101949094526001600160a01b039283169084015216606082810191909152830135608082015260a0015b604051602081830303815290604052805190602001209050919050565b60606103d085858585610a2b565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293505050505b949350505050565b6040517fad35efd4000000000000000000000000000000000000000000000000000000008152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ad35efd490602401602060405180830381865afa15801561048d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104b19190611b20565b905060ff8116600214610501576040517f3e88f07b0000000000000000000000000000000000000000000000000000000081526004810186905260ff821660248201526044015b60405180910390fd5b6040517fc7f758a8000000000000000000000000000000000000000000000000000000008152600481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063c7f758a89060240161010060405180830381865afa158015610580573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105a49190611b7d565b60e001519050806105b486610855565b146105ee576040517f360b9608000000000000000000000000000000000000000000000000000000008152600481018290526024016104f8565b5f6105f888610351565b5f8181526020819052604090205490915060ff1615610646576040517f4d0550b2000000000000000000000000000000000000000000000000000000008152600481018290526024016104f8565b365f610688886020013561065985610881565b60405160200161066b91815260200190565b604051602081830303815290604052805190602001208989610a2b565b90925090506001811415806106de575081815f8181106106aa576106aa611c47565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600160f81b14155b15610718576040517f53dafeed000000000000000000000000000000000000000000000000000000008152600481018490526024016104f8565b5f83815260208190526040808220805460ff191660011790556107419060608d01908d01611b05565b6001600160a01b03168b606001356040515f6040518083038185875af1925050503d805f811461078c576040519150601f19603f3d011682016040523d82523d5f602084013e610791565b606091505b50509050806107e8576107aa60608c0160408d01611b05565b6040517f36899e480000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016104f8565b6107f860608c0160408d01611b05565b6001600160a01b0316847f621fc71e4c551c647c802132f3e8251a7dfc0105bc90484e3afd9920fe049c718d606001358d604051610840929190918252602082015260400190565b60405180910390a35050505050505050505050565b604080515f6020808301829052843583850152840135606083015291830135608082015260a0016103a5565b60408051602081018390525f9181018290526060016103a5565b60015467ffffffffffffffff165f818152600260209081526040808320549051610918928691349187910193845260609290921b6bffffffffffffffffffffffff19166020840152603483015260c01b7fffffffffffffffff000000000000000000000000000000000000000000000000166054820152605c0190565b6040516020818303038152906040528051906020012090508060025f8460016109419190611c6f565b67ffffffffffffffff16815260208101919091526040015f20556109857f000000000000000000000000000000000000000000000000000000000000000042611c6f565b67ffffffffffffffff8381165f908152600360205260409020805467ffffffffffffffff1916929091169190911790556109c0826001611c6f565b6001805467ffffffffffffffff191667ffffffffffffffff92831617905560408051348152602081018490526001600160a01b038616928516917fdaf0af297d25c0e96a0b209d35692b4e07c503634eeca57fc5c35c006acf527f910160405180910390a350919050565b365f610a3981808481611c8f565b9092509050365f610a4c81808481611c8f565b90925090505f805b8915610b6a57868203610aaa576040516309616ecd60e31b815260206004820152601a60248201527f70726f6f6620656e6473206265666f726520746865206c65616600000000000060448201526064016104f8565b878783610ab681611cb6565b9450818110610ac757610ac7611c47565b9050602002810190610ad99190611cce565b93509350898484604051610aee929190611d11565b604051809103902014610b6a576040516309616ecd60e31b815260206004820152602360248201527f6e6f646520646f6573206e6f74206861736820746f206974732072656665726560448201527f6e6365000000000000000000000000000000000000000000000000000000000060648201526084016104f8565b5f5f5f610b7987878e87610c29565b9650919450925090508215610bf457848a14610bd8576040516309616ecd60e31b815260206004820152601460248201527f6e6f64657320616674657220746865206c65616600000000000000000000000060448201526064016104f8565b610be48183888a611c8f565b9850985050505050505050610c20565b610c0087878484610e5b565b9c508c610c1857610c138183888a611c8f565b965096505b505050610a54565b94509492505050565b5f5f5f5f5f5f610c398a8a611024565b9150915080601103610cf75786604003610c96576040516309616ecd60e31b815260206004820152601460248201527f6b657920656e64732061742061206272616e636800000000000000000000000060448201526064016104f8565b5f610ca189896111b6565b90505f838260128110610cb657610cb6611c47565b602002015184610cc7846001611d20565b60128110610cd757610cd7611c47565b6020020151610ce78b6001611d20565b9650965096509650505050610e50565b80600214610d48576040516309616ecd60e31b815260206004820152601e60248201527f6e6f6465206f66206e6569746865722032206e6f72203137206974656d73000060448201526064016104f8565b8151610d59908b908b908b8b6111dc565b9650925085610d7b575060208101516040909101515f95509093509150610e50565b82604014610dcc576040516309616ecd60e31b815260206004820152601860248201527f6c65616620656e6473206265666f726520746865206b6579000000000000000060448201526064016104f8565b5f8080610de18d8d8760016020020151611469565b509250925092508215610e37576040516309616ecd60e31b815260206004820152601460248201527f6c6561662076616c75652069732061206c69737400000000000000000000000060448201526064016104f8565b600182610e448382611d20565b98509850985050505050505b945094509450949050565b5f5f5f5f610e6a888888611469565b509250925092508215610f03576020610e838787611d33565b10610ef7576040516309616ecd60e31b815260206004820152602160248201527f656d626564646564206e6f6465206f66203332206279746573206f72206d6f7260448201527f650000000000000000000000000000000000000000000000000000000000000060648201526084016104f8565b505f9250610407915050565b80602003610f8b575f888389610f1a826020611d20565b92610f2793929190611c8f565b610f3091611d46565b905080610f80576040516309616ecd60e31b815260206004820152600f60248201527f7a65726f206368696c642068617368000000000000000000000000000000000060448201526064016104f8565b935061040792505050565b805f03610fdb576040516309616ecd60e31b815260206004820152601360248201527f6b6579206e6f7420696e2074686520747269650000000000000000000000000060448201526064016104f8565b6040516309616ecd60e31b815260206004820152601360248201527f626164206368696c64207265666572656e63650000000000000000000000000060448201526064016104f8565b61102c6118ed565b5f5f5f5f5f61103c88885f611469565b93509350935093508315806110515750808714155b1561109f576040516309616ecd60e31b815260206004820152601860248201527f6e6f6465206973206e6f74206f6e6520524c50206c697374000000000000000060448201526064016104f8565b5f6110aa8385611d20565b90505b8084101561113f5785601103611106576040516309616ecd60e31b815260206004820152601a60248201527f6e6f6465206f66206d6f7265207468616e203137206974656d7300000000000060448201526064016104f8565b83878761111281611cb6565b98506012811061112457611124611c47565b6020020152611134898986611469565b96506110ad92505050565b80841461118f576040516309616ecd60e31b815260206004820152601b60248201527f6e6f6465206974656d73206f76657272756e20746865206c697374000000000060448201526064016104f8565b808787601281106111a2576111a2611c47565b602002015250949793965092945050505050565b5f6111c2826004611d63565b6111cd9060fc611d33565b83901c600f1690505b92915050565b5f5f5f5f5f6111ec8a8a8a611469565b5092509250925082806111fd575080155b1561124b576040516309616ecd60e31b815260206004820152600d60248201527f626164206e6f646520706174680000000000000000000000000000000000000060448201526064016104f8565b5f8a8a8481811061125e5761125e611c47565b919091013560f881901c925060fc1c905060038111156112c1576040516309616ecd60e31b815260206004820152601260248201527f626164206e6f6465207061746820666c6167000000000000000000000000000060448201526064016104f8565b6001808216148015816112d65750600f831615155b15611324576040516309616ecd60e31b815260206004820152601560248201527f626164206e6f646520706174682070616464696e67000000000000000000000060448201526064016104f8565b5f81611330575f611333565b60015b60ff16611341600187611d33565b61134c906002611d63565b6113569190611d20565b90506040611364828c611d20565b11156113b3576040516309616ecd60e31b815260206004820152601860248201527f70617468206c6f6e676572207468616e20746865206b6579000000000000000060448201526064016104f8565b600260ff84161080159850886113c7575080155b15611415576040516309616ecd60e31b815260206004820152600f60248201527f656d70747920657874656e73696f6e000000000000000000000000000000000060448201526064016104f8565b61144c8e878f6114258983611d20565b9261143293929190611c8f565b8461143e576002611441565b60015b60ff16848f8f6117b8565b611456818b611d20565b9850505050505050509550959350505050565b5f8080808585106114bd576040516309616ecd60e31b815260206004820152601560248201527f524c50206974656d206f7574206f662072616e6765000000000000000000000060448201526064016104f8565b5f8787878181106114d0576114d0611c47565b919091013560f81c91505060808110156114f857505f935084925060019150508082016117af565b60b88160ff16108061151c575060c08160ff161015801561151c575060f88160ff16105b156115dd5760c08160ff16101594508461153757608061153a565b60c05b810360ff169250856001019350841580156115555750826001145b156115d857868410158061158a5750608088888681811061157857611578611c47565b9050013560f81c60f81b60f81c60ff16105b156115d8576040516309616ecd60e31b815260206004820152601660248201527f6e6f6e2d63616e6f6e6963616c20524c5020627974650000000000000000000060448201526064016104f8565b611757565b60f88160ff16101594505f856115f45760b76115f7565b60f75b820360ff169050600187820101881015611654576040516309616ecd60e31b815260206004820152601760248201527f524c50206c656e677468206f7574206f662072616e676500000000000000000060448201526064016104f8565b88888860010181811061166957611669611c47565b919091013560f81c5f0390506116c2576040516309616ecd60e31b815260206004820152601860248201527f6e6f6e2d63616e6f6e6963616c20524c50206c656e677468000000000000000060448201526064016104f8565b5f5b818110156116fc578989828a600101018181106116e3576116e3611c47565b60089790971b919096013560f81c1794506001016116c4565b50603884101561174f576040516309616ecd60e31b815260206004820152601860248201527f6e6f6e2d63616e6f6e6963616c20524c50206c656e677468000000000000000060448201526064016104f8565b860160010193505b8383019150868211156117ad576040516309616ecd60e31b815260206004820152601160248201527f524c50206974656d206f76657272756e7300000000000000000000000000000060448201526064016104f8565b505b93509350935093565b5f602086111561183e5760218614611813576040516309616ecd60e31b815260206004820152601860248201527f70617468206c6f6e676572207468616e20746865206b6579000000000000000060448201526064016104f8565b61182160216001888a611c8f565b61182a91611d46565b9050611837600286611d33565b945061184b565b6118488688611d46565b90505b835f0361185857506118e5565b5f611864856004611d63565b61187090610100611d33565b90508061187e846004611d63565b85901b901c8161188f886004611d63565b84901b901c146118e2576040516309616ecd60e31b815260206004820152601a60248201527f706174682064697665726765732066726f6d20746865206b657900000000000060448201526064016104f8565b50505b505050505050565b6040518061024001604052806012906020820280368337509192915050565b5f6020828403121561191c575f5ffd5b5035919050565b5f60808284031215611933575f5ffd5b50919050565b5f60808284031215611949575f5ffd5b6119538383611923565b9392505050565b5f5f83601f84011261196a575f5ffd5b50813567ffffffffffffffff811115611981575f5ffd5b6020830191508360208260051b850101111561199b575f5ffd5b9250929050565b5f5f5f5f606085870312156119b5575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156119d9575f5ffd5b6119e58782880161195a565b95989497509550505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b67ffffffffffffffff81168114611a3b575f5ffd5b50565b5f60208284031215611a4e575f5ffd5b813561195381611a26565b5f60608284031215611933575f5ffd5b5f5f5f5f5f6101208688031215611a7e575f5ffd5b611a888787611923565b945060808601359350611a9e8760a08801611a59565b925061010086013567ffffffffffffffff811115611aba575f5ffd5b611ac68882890161195a565b969995985093965092949392505050565b5f60608284031215611ae7575f5ffd5b6119538383611a59565b6001600160a01b0381168114611a3b575f5ffd5b5f60208284031215611b15575f5ffd5b813561195381611af1565b5f60208284031215611b30575f5ffd5b815160ff81168114611953575f5ffd5b8051611b4b81611af1565b919050565b8051611b4b81611a26565b805163ffffffff81168114611b4b575f5ffd5b80518015158114611b4b575f5ffd5b5f610100828403128015611b8f575f5ffd5b50604051610100810167ffffffffffffffff81118282101715611bc057634e487b7160e01b5f52604160045260245ffd5b604052611bcc83611b40565b8152611bda60208401611b50565b6020820152611beb60408401611b50565b6040820152611bfc60608401611b5b565b6060820152611c0d60808401611b5b565b6080820152611c1e60a08401611b5b565b60a0820152611c2f60c08401611b6e565b60c082015260e0928301519281019290925250919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156111d6576111d6611c5b565b5f5f85851115611c9d575f5ffd5b83861115611ca9575f5ffd5b5050820193919092039150565b5f60018201611cc757611cc7611c5b565b5060010190565b5f5f8335601e19843603018112611ce3575f5ffd5b83018035915067ffffffffffffffff821115611cfd575f5ffd5b60200191503681900382131561199b575f5ffd5b818382375f9101908152919050565b808201808211156111d6576111d6611c5b565b818103818111156111d6576111d6611c5b565b803560208310156111d6575f19602084900360031b1b1692915050565b80820281158282048414176111d6576111d6611c5b56",
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
// Solidity: constructor(address outputs_, uint64 inclusionDelay_) payable returns()
func (bridge *Bridge) PackConstructor(outputs_ common.Address, inclusionDelay_ uint64) []byte {
	enc, err := bridge.abi.Pack("", outputs_, inclusionDelay_)
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

// PackDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7661663e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deadline(uint64 ) view returns(uint64)
func (bridge *Bridge) PackDeadline(arg0 uint64) []byte {
	enc, err := bridge.abi.Pack("deadline", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7661663e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deadline(uint64 ) view returns(uint64)
func (bridge *Bridge) TryPackDeadline(arg0 uint64) ([]byte, error) {
	return bridge.abi.Pack("deadline", arg0)
}

// UnpackDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7661663e.
//
// Solidity: function deadline(uint64 ) view returns(uint64)
func (bridge *Bridge) UnpackDeadline(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("deadline", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf765b4c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionDelay() view returns(uint64)
func (bridge *Bridge) PackInclusionDelay() []byte {
	enc, err := bridge.abi.Pack("inclusionDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf765b4c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionDelay() view returns(uint64)
func (bridge *Bridge) TryPackInclusionDelay() ([]byte, error) {
	return bridge.abi.Pack("inclusionDelay")
}

// UnpackInclusionDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf765b4c3.
//
// Solidity: function inclusionDelay() view returns(uint64)
func (bridge *Bridge) UnpackInclusionDelay(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("inclusionDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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
