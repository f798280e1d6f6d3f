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

// BatchInboxMetaData contains all meta data concerning the BatchInbox contract.
var BatchInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_sequencer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BridgeAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"DepositHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DepositOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"listed\",\"type\":\"uint256\"}],\"name\":\"DepositsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"consumed\",\"type\":\"uint64\"}],\"name\":\"DepositsRolledBack\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"OutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"}],\"name\":\"TooManyDeposits\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"BatchPosted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDeposits\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"next\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"batch\",\"type\":\"bytes\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerLate\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDeposits\",\"name\":\"_bridge\",\"type\":\"address\"}],\"name\":\"setBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BatchInbox",
	Bin: "0x60c0604052600180546001600160401b03191681179055348015610021575f5ffd5b506040516123b83803806123b883398101604081905261004091610055565b6001600160a01b03166080523360a052610082565b5f60208284031215610065575f5ffd5b81516001600160a01b038116811461007b575f5ffd5b9392505050565b60805160a0516123076100b15f395f818161019a01526109ab01525f8181610107015261034401526123075ff3fe608060405234801561000f575f5ffd5b506004361061009f575f3560e01c80636763657411610072578063956d719111610058578063956d719114610168578063d5f3948814610195578063e78cea92146101bc575f5ffd5b806367636574146101415780638dd1480214610155575f5ffd5b806322fca52a146100a357806344fcaadd146100c05780634c8fe526146100d55780635c1bba3814610102575b5f5ffd5b6100ab6101d6565b60405190151581526020015b60405180910390f35b6100d36100ce36600461201b565b610339565b005b6001546100e99067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016100b7565b6101297f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b7565b6002546100e99067ffffffffffffffff1681565b6100d36101633660046120a9565b6109a0565b6101876101763660046120d6565b5f6020819052908152604090205481565b6040519081526020016100b7565b6101297f000000000000000000000000000000000000000000000000000000000000000081565b60015461012990600160401b90046001600160a01b031681565b6001545f90600160401b90046001600160a01b03166101f457505f90565b600254600154604080517f2dfdf0b5000000000000000000000000000000000000000000000000000000008152905167ffffffffffffffff90931692600160401b9092046001600160a01b031691632dfdf0b5916004808201926020929091908290030181865afa15801561026b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028f91906120f1565b67ffffffffffffffff168167ffffffffffffffff161080156103335750600154604051633b30b31f60e11b815267ffffffffffffffff83166004820152600160401b9091046001600160a01b031690637661663e90602401602060405180830381865afa158015610302573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061032691906120f1565b67ffffffffffffffff1642115b91505090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480159061037757506103756101d6565b155b156103b5576040517f059678770000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60015467ffffffffffffffff858116911614610415576001546040517fcd2c066e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808716600483015290911660248201526044016103ac565b5f81900361044f576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025460015467ffffffffffffffff909116905f908190600160401b90046001600160a01b03166104ba5767ffffffffffffffff8616156104b5576040516301c45cd760e11b815267ffffffffffffffff871660048201525f60248201526044016103ac565b6107ec565b5f600160089054906101000a90046001600160a01b03166001600160a01b0316632dfdf0b56040518163ffffffff1660e01b8152600401602060405180830381865afa15801561050c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061053091906120f1565b90508067ffffffffffffffff168767ffffffffffffffff16111561057b576040516301c45cd760e11b815267ffffffffffffffff8089166004830152821660248201526044016103ac565b8367ffffffffffffffff168767ffffffffffffffff1610156105dd576040517f81fad03a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8089166004830152851660248201526044016103ac565b8067ffffffffffffffff168767ffffffffffffffff1610156106d057600154604051633b30b31f60e11b815267ffffffffffffffff891660048201525f91600160401b90046001600160a01b031690637661663e90602401602060405180830381865afa158015610650573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061067491906120f1565b90508067ffffffffffffffff164211156106ce576040517f4abbfc6400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808a166004830152821660248201526044016103ac565b505b600154604051630f89733760e31b815267ffffffffffffffff89166004820152600160401b9091046001600160a01b031690637c4b99b890602401602060405180830381865afa158015610726573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061074a919061210c565b91508367ffffffffffffffff168767ffffffffffffffff16146107e657600154604051630f89733760e31b815267ffffffffffffffff86166004820152600160401b9091046001600160a01b031690637c4b99b890602401602060405180830381865afa1580156107bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107e1919061210c565b6107e8565b815b9250505b5f6107f886868a610a8f565b9150505f5f5f61080a89898689610f55565b92509250925084811461084c576040517f8bbe6040000000000000000000000000000000000000000000000000000000008152600481018690526024016103ac565b610856878b612137565b67ffffffffffffffff168314158061086e5750848214155b156108c0576040517fc6034f2c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80891660048301528b166024820152604481018490526064016103ac565b8667ffffffffffffffff168a67ffffffffffffffff16146108f9576002805467ffffffffffffffff191667ffffffffffffffff8c161790555b5f898960405161090a92919061215d565b604080519182900390912067ffffffffffffffff8e165f908152602081905291909120819055905061093d8c600161216c565b6001805467ffffffffffffffff191667ffffffffffffffff928316179055604051828152908d16907f023b9f0fa1020fb883e6062a6c472409959959e0430ed5ea9284c7d1222cc51a9060200160405180910390a2505050505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a04576040517f0c8cc0360000000000000000000000000000000000000000000000000000000081523360048201526024016103ac565b600154600160401b90046001600160a01b031615610a4e576040517f8bc1d41400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180546001600160a01b03909216600160401b027fffffffff0000000000000000000000000000000000000000ffffffffffffffff909216919091179055565b5f5f5f5f610a9e87875f6110ed565b909250905085610aae828461218c565b14610afc5760405163011589df60e11b815260206004820152600b60248201527f6c697374206c656e67746800000000000000000000000000000000000000000060448201526064016103ac565b858210610b385760405163011589df60e11b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b60448201526064016103ac565b5f878784818110610b4b57610b4b61219f565b919091013560f81c91505f90506080821015610bcb578160ff165f03610bb45760405163011589df60e11b815260206004820152601460248201527f6e6f6e2d63616e6f6e6963616c206e756d62657200000000000000000000000060448201526064016103ac565b5060ff8116610bc460018561218c565b9350610dc0565b5f610bd76080846121b3565b60ff1690506008811180610bff57508881610bf387600161218c565b610bfd919061218c565b115b15610c4d5760405163011589df60e11b815260206004820152600660248201527f6e756d626572000000000000000000000000000000000000000000000000000060448201526064016103ac565b806001148015610c88575060808a8a610c6788600161218c565b818110610c7657610c7661219f565b9050013560f81c60f81b60f81c60ff16105b15610cd65760405163011589df60e11b815260206004820152601460248201527f6e6f6e2d63616e6f6e6963616c206e756d62657200000000000000000000000060448201526064016103ac565b5f81118015610d0e57508989610ced87600161218c565b818110610cfc57610cfc61219f565b909101356001600160f81b0319161590505b15610d5c5760405163011589df60e11b815260206004820152601460248201527f6e6f6e2d63616e6f6e6963616c206e756d62657200000000000000000000000060448201526064016103ac565b5f5b81811015610da6578a8a82610d7489600161218c565b610d7e919061218c565b818110610d8d57610d8d61219f565b60089590951b919094013560f81c179250600101610d5e565b50610db281600161218c565b610dbc908661218c565b9450505b8667ffffffffffffffff168114610e1a5760405163011589df60e11b815260206004820152601460248201527f616e6f7468657220626c6f636b206e756d62657200000000000000000000000060448201526064016103ac565b87610e2685602161218c565b1180610e4d5750888885818110610e3f57610e3f61219f565b9091013560f81c60a0141590505b15610e9b5760405163011589df60e11b815260206004820152600b60248201527f706172656e74206861736800000000000000000000000000000000000000000060448201526064016103ac565b8888610ea886600161218c565b90610eb487602161218c565b92610ec1939291906121cc565b610eca916121f3565b9550610ed760218561218c565b93505f5f610ee68b8b886110ed565b909250905089610ef6828461218c565b14610f445760405163011589df60e11b815260206004820152600a60248201527f617474726962757465730000000000000000000000000000000000000000000060448201526064016103ac565b859650505050505050935093915050565b5f808062800000861115610fac5760405163011589df60e11b815260206004820152600960248201527f746f6f206c61726765000000000000000000000000000000000000000000000060448201526064016103ac565b5f5f610fb98989896110ed565b90925090505f610fc9828461218c565b9050610fda8a8a858460085f611343565b9350610fee90508a8a858460146001611588565b92506110008a8a858460086002611343565b935061101490508a8a858460206003611588565b92506110268a8a858460206004611588565b92506110368a8a8584600561166e565b92506110448a8a8584611762565b92506110538a8a85848b611811565b9097509550925061106a8a8a85846020600d611588565b92508989611079602086612210565b611085928692906121cc565b61108e916121f3565b93508083146110e05760405163011589df60e11b815260206004820152601b60248201527f617474726962757465733a20746f6f206d616e79206669656c6473000000000060448201526064016103ac565b5050509450945094915050565b5f8083831061112b5760405163011589df60e11b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b60448201526064016103ac565b5f85858581811061113e5761113e61219f565b919091013560f81c91505060c081101561119b5760405163011589df60e11b815260206004820152600a60248201527f6e6f742061206c6973740000000000000000000000000000000000000000000060448201526064016103ac565b60f78160ff16116111cb576111b184600161218c565b6111bc60c0836121b3565b90935060ff16915061133b9050565b5f6111d760f7836121b3565b60ff16905060048111806111ff575085816111f387600161218c565b6111fd919061218c565b115b806112335750868661121287600161218c565b8181106112215761122161219f565b909101356001600160f81b0319161590505b156112815760405163011589df60e11b815260206004820152600b60248201527f6c6973742068656164657200000000000000000000000000000000000000000060448201526064016103ac565b5f805b828110156112cc5788888261129a8a600161218c565b6112a4919061218c565b8181106112b3576112b361219f565b60089490941b919093013560f81c179150600101611284565b506037811161131e5760405163011589df60e11b815260206004820152601960248201527f6e6f6e2d63616e6f6e6963616c206c697374206865616465720000000000000060448201526064016103ac565b8161132a87600161218c565b611334919061218c565b9450925050505b935093915050565b5f5f5f5f5f6113558b8b8b8b8a6118c9565b92509250925080156113a0576113a0866040518060400160405280601881526020017f3a2061206c6973742c206e6f7420616e20696e74656765720000000000000000815250611b2e565b888303611441578a8a8a8181106113b9576113b961219f565b919091013560f81c5f03905061140857611408866040518060400160405280601781526020017f3a206e6f6e2d63616e6f6e6963616c20696e7465676572000000000000000000815250611b2e565b8a8a8a81811061141a5761141a61219f565b919091013560f81c905061142f8a600161218c565b8160ff1691509450945050505061157d565b8682111561148857611488866040518060400160405280601381526020017f3a20696e746567657220746f6f206c6172676500000000000000000000000000815250611b2e565b811561156a578a8a848181106114a0576114a061219f565b909101356001600160f81b031916159050806114e857508160011480156114e8575060808b8b858181106114d6576114d661219f565b9050013560f81c60f81b60f81c60ff16105b1561152c5761152c866040518060400160405280601781526020017f3a206e6f6e2d63616e6f6e6963616c20696e7465676572000000000000000000815250611b2e565b611537826020612210565b611542906008612223565b8b848c61154f868361218c565b9261155c939291906121cc565b611565916121f3565b901c94505b84611575838561218c565b945094505050505b965096945050505050565b5f8385106115bb576115bb82604051806040016040528060098152602001683a206d697373696e6760b81b815250611b2e565b83836115c887600161218c565b6115d2919061218c565b118061160957506115e483608061218c565b8787878181106115f6576115f661219f565b9050013560f81c60f81b60f81c60ff1614155b1561164d5761164d826040518060400160405280601a81526020017f3a206e6f74206120737472696e67206f66206974732073697a65000000000000815250611b2e565b8261165986600161218c565b611663919061218c565b979650505050505050565b5f5f5f5f61167f89898989896118c9565b92509250925080156116ca576116ca856040518060400160405280601681526020017f3a2061206c6973742c206e6f74206120737472696e6700000000000000000000815250611b2e565b8683141580156116da5750816001145b8015611707575060808989858181106116f5576116f561219f565b9050013560f81c60f81b60f81c60ff16105b1561174b5761174b856040518060400160405280601481526020017f3a206e6f6e2d63616e6f6e6963616c2073697a65000000000000000000000000815250611b2e565b611755828461218c565b9998505050505050505050565b5f5f5f611773878787876006611e8b565b90925090505f611783828461218c565b90505f5b818410156117b15761179d89898685600761166e565b9350806117a98161223a565b915050611787565b620100008111156118055760405163011589df60e11b815260206004820152601560248201527f746f6f206d616e79207472616e73616374696f6e73000000000000000000000060448201526064016103ac565b50979650505050505050565b5f5f5f5f5f6118248a8a8a8a6008611e8b565b90925090505f611834828461218c565b90505b808310156118625761184c8b8b85848b611ef1565b975092508461185a8161223a565b955050611837565b620100008511156118b65760405163011589df60e11b815260206004820152601160248201527f746f6f206d616e79206465706f7369747300000000000000000000000000000060448201526064016103ac565b945085925050505b955095509592505050565b5f5f5f8486106118fe576118fe84604051806040016040528060098152602001683a206d697373696e6760b81b815250611b2e565b5f8888888181106119115761191161219f565b919091013560f81c9150506080811015611935578660015f935093509350506118be565b60c081101591505f826119525761194d608083612210565b61195d565b61195d60c083612210565b90506037811161197c5761197288600161218c565b9450809350611ad1565b5f611988603783612210565b905060048111806119ad575087816119a18b600161218c565b6119ab919061218c565b115b806119e157508a8a6119c08b600161218c565b8181106119cf576119cf61219f565b909101356001600160f81b0319161590505b15611a2557611a25876040518060400160405280600681526020017f3a2073697a650000000000000000000000000000000000000000000000000000815250611b2e565b5f5b81811015611a6f578b8b82611a3d8d600161218c565b611a47919061218c565b818110611a5657611a5661219f565b60089890981b919097013560f81c179550600101611a27565b5060378511611ab757611ab7876040518060400160405280601481526020017f3a206e6f6e2d63616e6f6e6963616c2073697a65000000000000000000000000815250611b2e565b80611ac38a600161218c565b611acd919061218c565b9550505b86611adc858761218c565b1115611b2157611b21866040518060400160405280601381526020017f3a206f76657272756e7320697473206c69737400000000000000000000000000815250611b2e565b5050955095509592505050565b604080516102008101825260096101c082018181527f74696d657374616d7000000000000000000000000000000000000000000000006101e084015282528251808401845260088082527f636f696e6261736500000000000000000000000000000000000000000000000060208381019190915280850192909252845180860186529283527f676173206c696d69740000000000000000000000000000000000000000000000838301528385019290925283518085018552600a8082527f7072657652616e64616f0000000000000000000000000000000000000000000082840152606085019190915284518086018652601281527f706172656e7420626561636f6e20726f6f740000000000000000000000000000818401526080850152845180860186529081527f65787472612064617461000000000000000000000000000000000000000000008183015260a084015283518085018552600c8082527f7472616e73616374696f6e7300000000000000000000000000000000000000008284015260c085019190915284518086018652600b81527f7472616e73616374696f6e0000000000000000000000000000000000000000008184015260e0850152845180860186529283527f6465706f736974730000000000000000000000000000000000000000000000008383015261010084019290925283518085018552600781527f6465706f736974000000000000000000000000000000000000000000000000008183015261012084015283518085018552600d8082527f6465706f73697420696e646578000000000000000000000000000000000000008284015261014085019190915284518086018652601181527f6465706f73697420726563697069656e7400000000000000000000000000000081840152610160850152845180860186529081527f6465706f7369742076616c7565000000000000000000000000000000000000008183015261018084015283518085019094529083527f6465706f73697420686173680000000000000000000000000000000000000000908301526101a08101919091528083600e8110611e4d57611e4d61219f565b602002015182604051602001611e64929190612269565b60408051601f198184030181529082905263011589df60e11b82526103ac91600401612285565b5f5f5f611e9b88888888886118c9565b9194509250905080611ee657611ee6846040518060400160405280600c81526020017f3a206e6f742061206c6973740000000000000000000000000000000000000000815250611b2e565b509550959350505050565b5f5f5f5f611f03898989896009611e8b565b9092509050611f12818361218c565b95505f611f258a8a858a6008600a611343565b9350905082611f3a8b8b838b6014600b611588565b93505f8b8b611f4a84600161218c565b90611f5685601561218c565b92611f63939291906121cc565b611f6c916122ba565b90505f611f7f8d8d888d6020600c611343565b96509050898614611fd35760405163011589df60e11b815260206004820152601860248201527f6465706f7369743a20746f6f206d616e79206669656c6473000000000000000060448201526064016103ac565b604051988952602089019190915260348801525060c01b60548601525050605c9092209296929550919350505050565b67ffffffffffffffff81168114612018575f5ffd5b50565b5f5f5f5f6060858703121561202e575f5ffd5b843561203981612003565b9350602085013561204981612003565b9250604085013567ffffffffffffffff811115612064575f5ffd5b8501601f81018713612074575f5ffd5b803567ffffffffffffffff81111561208a575f5ffd5b87602082840101111561209b575f5ffd5b949793965060200194505050565b5f602082840312156120b9575f5ffd5b81356001600160a01b03811681146120cf575f5ffd5b9392505050565b5f602082840312156120e6575f5ffd5b81356120cf81612003565b5f60208284031215612101575f5ffd5b81516120cf81612003565b5f6020828403121561211c575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff828116828216039081111561215757612157612123565b92915050565b818382375f9101908152919050565b67ffffffffffffffff818116838216019081111561215757612157612123565b8082018082111561215757612157612123565b634e487b7160e01b5f52603260045260245ffd5b60ff828116828216039081111561215757612157612123565b5f5f858511156121da575f5ffd5b838611156121e6575f5ffd5b5050820193919092039150565b80356020831015612157575f19602084900360031b1b1692915050565b8181038181111561215757612157612123565b808202811582820484141761215757612157612123565b5f6001820161224b5761224b612123565b5060010190565b5f81518060208401855e5f93019283525090919050565b5f61227d6122778386612252565b84612252565b949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356bffffffffffffffffffffffff198116906014841015612300576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b509291505056",
}

// BatchInbox is an auto generated Go binding around an Ethereum contract.
type BatchInbox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BatchInbox) GetABI() abi.ABI {
	return c.abi
}

// NewBatchInbox creates a new instance of BatchInbox.
func NewBatchInbox() *BatchInbox {
	parsed, err := BatchInboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BatchInbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BatchInbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _sequencer) returns()
func (batchInbox *BatchInbox) PackConstructor(_sequencer common.Address) []byte {
	enc, err := batchInbox.abi.Pack("", _sequencer)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (batchInbox *BatchInbox) PackBridge() []byte {
	enc, err := batchInbox.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (batchInbox *BatchInbox) TryPackBridge() ([]byte, error) {
	return batchInbox.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (batchInbox *BatchInbox) UnpackBridge(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x956d7191.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(uint64 ) view returns(bytes32)
func (batchInbox *BatchInbox) PackCommitments(arg0 uint64) []byte {
	enc, err := batchInbox.abi.Pack("commitments", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x956d7191.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(uint64 ) view returns(bytes32)
func (batchInbox *BatchInbox) TryPackCommitments(arg0 uint64) ([]byte, error) {
	return batchInbox.abi.Pack("commitments", arg0)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x956d7191.
//
// Solidity: function commitments(uint64 ) view returns(bytes32)
func (batchInbox *BatchInbox) UnpackCommitments(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("commitments", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67636574.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumed() view returns(uint64)
func (batchInbox *BatchInbox) PackConsumed() []byte {
	enc, err := batchInbox.abi.Pack("consumed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67636574.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumed() view returns(uint64)
func (batchInbox *BatchInbox) TryPackConsumed() ([]byte, error) {
	return batchInbox.abi.Pack("consumed")
}

// UnpackConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67636574.
//
// Solidity: function consumed() view returns(uint64)
func (batchInbox *BatchInbox) UnpackConsumed(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("consumed", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (batchInbox *BatchInbox) PackDeployer() []byte {
	enc, err := batchInbox.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (batchInbox *BatchInbox) TryPackDeployer() ([]byte, error) {
	return batchInbox.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (batchInbox *BatchInbox) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c8fe526.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function next() view returns(uint64)
func (batchInbox *BatchInbox) PackNext() []byte {
	enc, err := batchInbox.abi.Pack("next")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c8fe526.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function next() view returns(uint64)
func (batchInbox *BatchInbox) TryPackNext() ([]byte, error) {
	return batchInbox.abi.Pack("next")
}

// UnpackNext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c8fe526.
//
// Solidity: function next() view returns(uint64)
func (batchInbox *BatchInbox) UnpackNext(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("next", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44fcaadd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function post(uint64 number, uint64 depositCount, bytes batch) returns()
func (batchInbox *BatchInbox) PackPost(number uint64, depositCount uint64, batch []byte) []byte {
	enc, err := batchInbox.abi.Pack("post", number, depositCount, batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44fcaadd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function post(uint64 number, uint64 depositCount, bytes batch) returns()
func (batchInbox *BatchInbox) TryPackPost(number uint64, depositCount uint64, batch []byte) ([]byte, error) {
	return batchInbox.abi.Pack("post", number, depositCount, batch)
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (batchInbox *BatchInbox) PackSequencer() []byte {
	enc, err := batchInbox.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (batchInbox *BatchInbox) TryPackSequencer() ([]byte, error) {
	return batchInbox.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (batchInbox *BatchInbox) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSequencerLate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fca52a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencerLate() view returns(bool)
func (batchInbox *BatchInbox) PackSequencerLate() []byte {
	enc, err := batchInbox.abi.Pack("sequencerLate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencerLate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fca52a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencerLate() view returns(bool)
func (batchInbox *BatchInbox) TryPackSequencerLate() ([]byte, error) {
	return batchInbox.abi.Pack("sequencerLate")
}

// UnpackSequencerLate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22fca52a.
//
// Solidity: function sequencerLate() view returns(bool)
func (batchInbox *BatchInbox) UnpackSequencerLate(data []byte) (bool, error) {
	out, err := batchInbox.abi.Unpack("sequencerLate", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd14802.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBridge(address _bridge) returns()
func (batchInbox *BatchInbox) PackSetBridge(bridge common.Address) []byte {
	enc, err := batchInbox.abi.Pack("setBridge", bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd14802.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBridge(address _bridge) returns()
func (batchInbox *BatchInbox) TryPackSetBridge(bridge common.Address) ([]byte, error) {
	return batchInbox.abi.Pack("setBridge", bridge)
}

// BatchInboxBatchPosted represents a BatchPosted event raised by the BatchInbox contract.
type BatchInboxBatchPosted struct {
	Number     uint64
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BatchInboxBatchPostedEventName = "BatchPosted"

// ContractEventName returns the user-defined event name.
func (BatchInboxBatchPosted) ContractEventName() string {
	return BatchInboxBatchPostedEventName
}

// UnpackBatchPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchPosted(uint64 indexed number, bytes32 commitment)
func (batchInbox *BatchInbox) UnpackBatchPostedEvent(log *types.Log) (*BatchInboxBatchPosted, error) {
	event := "BatchPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != batchInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BatchInboxBatchPosted)
	if len(log.Data) > 0 {
		if err := batchInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range batchInbox.abi.Events[event].Inputs {
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
func (batchInbox *BatchInbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["BadBatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackBadBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["BridgeAlreadySet"].ID.Bytes()[:4]) {
		return batchInbox.UnpackBridgeAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DepositHashMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDepositHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DepositOverdue"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDepositOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DepositsMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDepositsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DepositsRolledBack"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDepositsRolledBackError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["OutOfOrder"].ID.Bytes()[:4]) {
		return batchInbox.UnpackOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["TooManyDeposits"].ID.Bytes()[:4]) {
		return batchInbox.UnpackTooManyDepositsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BatchInboxBadBatch represents a BadBatch error raised by the BatchInbox contract.
type BatchInboxBadBatch struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBatch(string reason)
func BatchInboxBadBatchErrorID() common.Hash {
	return common.HexToHash("0x022b13bea80c5593c4c821f7a0dd3597d56e984c8b544e16a5bb21298096acf1")
}

// UnpackBadBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBatch(string reason)
func (batchInbox *BatchInbox) UnpackBadBatchError(raw []byte) (*BatchInboxBadBatch, error) {
	out := new(BatchInboxBadBatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "BadBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxBridgeAlreadySet represents a BridgeAlreadySet error raised by the BatchInbox contract.
type BatchInboxBridgeAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BridgeAlreadySet()
func BatchInboxBridgeAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x8bc1d414414371a9e6e6e3e252433a90f075c6137c0e12be6ee56633015f7133")
}

// UnpackBridgeAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BridgeAlreadySet()
func (batchInbox *BatchInbox) UnpackBridgeAlreadySetError(raw []byte) (*BatchInboxBridgeAlreadySet, error) {
	out := new(BatchInboxBridgeAlreadySet)
	if err := batchInbox.abi.UnpackIntoInterface(out, "BridgeAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDepositHashMismatch represents a DepositHashMismatch error raised by the BatchInbox contract.
type BatchInboxDepositHashMismatch struct {
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositHashMismatch(bytes32 expected)
func BatchInboxDepositHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x8bbe60403b3527a320c2998f471037680d18acc6ca0113a8dd8e7e570b637fb6")
}

// UnpackDepositHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositHashMismatch(bytes32 expected)
func (batchInbox *BatchInbox) UnpackDepositHashMismatchError(raw []byte) (*BatchInboxDepositHashMismatch, error) {
	out := new(BatchInboxDepositHashMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DepositHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDepositOverdue represents a DepositOverdue error raised by the BatchInbox contract.
type BatchInboxDepositOverdue struct {
	Index    uint64
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositOverdue(uint64 index, uint64 deadline)
func BatchInboxDepositOverdueErrorID() common.Hash {
	return common.HexToHash("0x4abbfc64645d2a723d5f822301f049992bcf3fc088e19eb1c93cb95ae4aad928")
}

// UnpackDepositOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositOverdue(uint64 index, uint64 deadline)
func (batchInbox *BatchInbox) UnpackDepositOverdueError(raw []byte) (*BatchInboxDepositOverdue, error) {
	out := new(BatchInboxDepositOverdue)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DepositOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDepositsMismatch represents a DepositsMismatch error raised by the BatchInbox contract.
type BatchInboxDepositsMismatch struct {
	From   uint64
	To     uint64
	Listed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositsMismatch(uint64 from, uint64 to, uint256 listed)
func BatchInboxDepositsMismatchErrorID() common.Hash {
	return common.HexToHash("0xc6034f2c015820b9d9a0052cc24bb8afc4cdc5617455b79a22c2da756f980409")
}

// UnpackDepositsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositsMismatch(uint64 from, uint64 to, uint256 listed)
func (batchInbox *BatchInbox) UnpackDepositsMismatchError(raw []byte) (*BatchInboxDepositsMismatch, error) {
	out := new(BatchInboxDepositsMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DepositsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDepositsRolledBack represents a DepositsRolledBack error raised by the BatchInbox contract.
type BatchInboxDepositsRolledBack struct {
	Count    uint64
	Consumed uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositsRolledBack(uint64 count, uint64 consumed)
func BatchInboxDepositsRolledBackErrorID() common.Hash {
	return common.HexToHash("0x81fad03a85188e9307b23f011426565c67b5574d4b3c061e10e8c9b6a486d6c8")
}

// UnpackDepositsRolledBackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositsRolledBack(uint64 count, uint64 consumed)
func (batchInbox *BatchInbox) UnpackDepositsRolledBackError(raw []byte) (*BatchInboxDepositsRolledBack, error) {
	out := new(BatchInboxDepositsRolledBack)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DepositsRolledBack", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxEmptyBatch represents a EmptyBatch error raised by the BatchInbox contract.
type BatchInboxEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func BatchInboxEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (batchInbox *BatchInbox) UnpackEmptyBatchError(raw []byte) (*BatchInboxEmptyBatch, error) {
	out := new(BatchInboxEmptyBatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxNotDeployer represents a NotDeployer error raised by the BatchInbox contract.
type BatchInboxNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func BatchInboxNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (batchInbox *BatchInbox) UnpackNotDeployerError(raw []byte) (*BatchInboxNotDeployer, error) {
	out := new(BatchInboxNotDeployer)
	if err := batchInbox.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxNotSequencer represents a NotSequencer error raised by the BatchInbox contract.
type BatchInboxNotSequencer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSequencer(address caller)
func BatchInboxNotSequencerErrorID() common.Hash {
	return common.HexToHash("0x0596787718e4a3212038e1b1501f602a660a34700b149722180893ceaca0f8ed")
}

// UnpackNotSequencerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSequencer(address caller)
func (batchInbox *BatchInbox) UnpackNotSequencerError(raw []byte) (*BatchInboxNotSequencer, error) {
	out := new(BatchInboxNotSequencer)
	if err := batchInbox.abi.UnpackIntoInterface(out, "NotSequencer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxOutOfOrder represents a OutOfOrder error raised by the BatchInbox contract.
type BatchInboxOutOfOrder struct {
	Number   uint64
	Expected uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfOrder(uint64 number, uint64 expected)
func BatchInboxOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0xcd2c066e2acfe2859cd2051fa1af306e9e756d7b3261e3bc1eaa04b3c2161f4a")
}

// UnpackOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfOrder(uint64 number, uint64 expected)
func (batchInbox *BatchInbox) UnpackOutOfOrderError(raw []byte) (*BatchInboxOutOfOrder, error) {
	out := new(BatchInboxOutOfOrder)
	if err := batchInbox.abi.UnpackIntoInterface(out, "OutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxTooManyDeposits represents a TooManyDeposits error raised by the BatchInbox contract.
type BatchInboxTooManyDeposits struct {
	Count     uint64
	Available uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyDeposits(uint64 count, uint64 available)
func BatchInboxTooManyDepositsErrorID() common.Hash {
	return common.HexToHash("0x0388b9ae76c8be9c5a7ffd2603605502b81499e81dca33003cfe33b425e0119f")
}

// UnpackTooManyDepositsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyDeposits(uint64 count, uint64 available)
func (batchInbox *BatchInbox) UnpackTooManyDepositsError(raw []byte) (*BatchInboxTooManyDeposits, error) {
	out := new(BatchInboxTooManyDeposits)
	if err := batchInbox.abi.UnpackIntoInterface(out, "TooManyDeposits", raw); err != nil {
		return nil, err
	}
	return out, nil
}
