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
	Bin: "0x60c0604052600180546001600160401b03191681179055348015610021575f5ffd5b506040516123fd3803806123fd83398101604081905261004091610055565b6001600160a01b03166080523360a052610082565b5f60208284031215610065575f5ffd5b81516001600160a01b038116811461007b575f5ffd5b9392505050565b60805160a05161234c6100b15f395f818161019a01526109b501525f81816101070152610344015261234c5ff3fe608060405234801561000f575f5ffd5b506004361061009f575f3560e01c80636763657411610072578063956d719111610058578063956d719114610168578063d5f3948814610195578063e78cea92146101bc575f5ffd5b806367636574146101415780638dd1480214610155575f5ffd5b806322fca52a146100a357806344fcaadd146100c05780634c8fe526146100d55780635c1bba3814610102575b5f5ffd5b6100ab6101d6565b60405190151581526020015b60405180910390f35b6100d36100ce366004612077565b610339565b005b6001546100e99067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016100b7565b6101297f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b7565b6002546100e99067ffffffffffffffff1681565b6100d3610163366004612105565b6109aa565b610187610176366004612132565b5f6020819052908152604090205481565b6040519081526020016100b7565b6101297f000000000000000000000000000000000000000000000000000000000000000081565b60015461012990600160401b90046001600160a01b031681565b6001545f90600160401b90046001600160a01b03166101f457505f90565b600254600154604080517f2dfdf0b5000000000000000000000000000000000000000000000000000000008152905167ffffffffffffffff90931692600160401b9092046001600160a01b031691632dfdf0b5916004808201926020929091908290030181865afa15801561026b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028f919061214d565b67ffffffffffffffff168167ffffffffffffffff161080156103335750600154604051633b30b31f60e11b815267ffffffffffffffff83166004820152600160401b9091046001600160a01b031690637661663e90602401602060405180830381865afa158015610302573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610326919061214d565b67ffffffffffffffff1642115b91505090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480159061037757506103756101d6565b155b156103b5576040517f059678770000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60015467ffffffffffffffff858116911614610415576001546040517fcd2c066e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808716600483015290911660248201526044016103ac565b5f81900361044f576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001545f9081908190600160401b90046001600160a01b03166104ac5767ffffffffffffffff8616156104a7576040516301c45cd760e11b815267ffffffffffffffff871660048201525f60248201526044016103ac565b6107f6565b60025f9054906101000a900467ffffffffffffffff1692505f600160089054906101000a90046001600160a01b03166001600160a01b0316632dfdf0b56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610516573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061053a919061214d565b90508067ffffffffffffffff168767ffffffffffffffff161115610585576040516301c45cd760e11b815267ffffffffffffffff8089166004830152821660248201526044016103ac565b8367ffffffffffffffff168767ffffffffffffffff1610156105e7576040517f81fad03a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8089166004830152851660248201526044016103ac565b8067ffffffffffffffff168767ffffffffffffffff1610156106da57600154604051633b30b31f60e11b815267ffffffffffffffff891660048201525f91600160401b90046001600160a01b031690637661663e90602401602060405180830381865afa15801561065a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061067e919061214d565b90508067ffffffffffffffff164211156106d8576040517f4abbfc6400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808a166004830152821660248201526044016103ac565b505b600154604051630f89733760e31b815267ffffffffffffffff89166004820152600160401b9091046001600160a01b031690637c4b99b890602401602060405180830381865afa158015610730573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107549190612168565b91508367ffffffffffffffff168767ffffffffffffffff16146107f057600154604051630f89733760e31b815267ffffffffffffffff86166004820152600160401b9091046001600160a01b031690637c4b99b890602401602060405180830381865afa1580156107c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107eb9190612168565b6107f2565b815b9250505b5f61080286868a610a99565b9150505f5f5f61081489898689610f77565b925092509250848114610856576040517f8bbe6040000000000000000000000000000000000000000000000000000000008152600481018690526024016103ac565b610860878b612193565b67ffffffffffffffff16831415806108785750848214155b156108ca576040517fc6034f2c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80891660048301528b166024820152604481018490526064016103ac565b8667ffffffffffffffff168a67ffffffffffffffff1614610903576002805467ffffffffffffffff191667ffffffffffffffff8c161790555b5f89896040516109149291906121b9565b604080519182900390912067ffffffffffffffff8e165f90815260208190529190912081905590506109478c60016121c8565b6001805467ffffffffffffffff191667ffffffffffffffff928316179055604051828152908d16907f023b9f0fa1020fb883e6062a6c472409959959e0430ed5ea9284c7d1222cc51a9060200160405180910390a2505050505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a0e576040517f0c8cc0360000000000000000000000000000000000000000000000000000000081523360048201526024016103ac565b600154600160401b90046001600160a01b031615610a58576040517f8bc1d41400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180546001600160a01b03909216600160401b027fffffffff0000000000000000000000000000000000000000ffffffffffffffff909216919091179055565b5f5f5f5f610aa887875f61110f565b909250905085610ab882846121e8565b14610b065760405163011589df60e11b815260206004820152600b60248201527f6c697374206c656e67746800000000000000000000000000000000000000000060448201526064016103ac565b858210610b425760405163011589df60e11b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b60448201526064016103ac565b5f878784818110610b5557610b556121fb565b919091013560f81c91505f90506080821015610bd5578160ff165f03610bbe5760405163011589df60e11b815260206004820152601460248201527f6e6f6e2d63616e6f6e6963616c206e756d62657200000000000000000000000060448201526064016103ac565b5060ff8116610bce6001856121e8565b9350610de2565b5f610be160808461220f565b60ff1690506008811180610c0957508881610bfd8760016121e8565b610c0791906121e8565b115b15610c575760405163011589df60e11b815260206004820152600660248201527f6e756d626572000000000000000000000000000000000000000000000000000060448201526064016103ac565b806001148015610c92575060808a8a610c718860016121e8565b818110610c8057610c806121fb565b9050013560f81c60f81b60f81c60ff16105b15610ce05760405163011589df60e11b815260206004820152601460248201527f6e6f6e2d63616e6f6e6963616c206e756d62657200000000000000000000000060448201526064016103ac565b5f81118015610d3057508989610cf78760016121e8565b818110610d0657610d066121fb565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b15610d7e5760405163011589df60e11b815260206004820152601460248201527f6e6f6e2d63616e6f6e6963616c206e756d62657200000000000000000000000060448201526064016103ac565b5f5b81811015610dc8578a8a82610d968960016121e8565b610da091906121e8565b818110610daf57610daf6121fb565b60089590951b919094013560f81c179250600101610d80565b50610dd48160016121e8565b610dde90866121e8565b9450505b8667ffffffffffffffff168114610e3c5760405163011589df60e11b815260206004820152601460248201527f616e6f7468657220626c6f636b206e756d62657200000000000000000000000060448201526064016103ac565b87610e488560216121e8565b1180610e6f5750888885818110610e6157610e616121fb565b9091013560f81c60a0141590505b15610ebd5760405163011589df60e11b815260206004820152600b60248201527f706172656e74206861736800000000000000000000000000000000000000000060448201526064016103ac565b8888610eca8660016121e8565b90610ed68760216121e8565b92610ee393929190612228565b610eec9161224f565b9550610ef96021856121e8565b93505f5f610f088b8b8861110f565b909250905089610f1882846121e8565b14610f665760405163011589df60e11b815260206004820152600a60248201527f617474726962757465730000000000000000000000000000000000000000000060448201526064016103ac565b859650505050505050935093915050565b5f808062800000861115610fce5760405163011589df60e11b815260206004820152600960248201527f746f6f206c61726765000000000000000000000000000000000000000000000060448201526064016103ac565b5f5f610fdb89898961110f565b90925090505f610feb82846121e8565b9050610ffc8a8a858460085f61137d565b935061101090508a8a858460146001611520565b92506110228a8a85846008600261137d565b935061103690508a8a858460206003611520565b92506110488a8a858460206004611520565b92506110588a8a858460056115ea565b92506110668a8a85846116c2565b92506110758a8a85848b611938565b9097509550925061108c8a8a85846020600d611520565b9250898961109b60208661226c565b6110a792869290612228565b6110b09161224f565b93508083146111025760405163011589df60e11b815260206004820152601b60248201527f617474726962757465733a20746f6f206d616e79206669656c6473000000000060448201526064016103ac565b5050509450945094915050565b5f8083831061114d5760405163011589df60e11b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b60448201526064016103ac565b5f858585818110611160576111606121fb565b919091013560f81c91505060c08110156111bd5760405163011589df60e11b815260206004820152600a60248201527f6e6f742061206c6973740000000000000000000000000000000000000000000060448201526064016103ac565b60f78160ff16116111ed576111d38460016121e8565b6111de60c08361220f565b90935060ff1691506113759050565b5f6111f960f78361220f565b60ff1690506004811180611221575085816112158760016121e8565b61121f91906121e8565b115b8061126d575086866112348760016121e8565b818110611243576112436121fb565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b156112bb5760405163011589df60e11b815260206004820152600b60248201527f6c6973742068656164657200000000000000000000000000000000000000000060448201526064016103ac565b5f805b82811015611306578888826112d48a60016121e8565b6112de91906121e8565b8181106112ed576112ed6121fb565b60089490941b919093013560f81c1791506001016112be565b50603781116113585760405163011589df60e11b815260206004820152601960248201527f6e6f6e2d63616e6f6e6963616c206c697374206865616465720000000000000060448201526064016103ac565b816113648760016121e8565b61136e91906121e8565b9450925050505b935093915050565b5f5f5f5f5f61138f8b8b8b8b8a6119ee565b92509250925080156113da576113da866040518060400160405280601881526020017f3a2061206c6973742c206e6f7420616e20696e74656765720000000000000000815250611ad8565b88830361144757888b01355f1a9450845f0361142f5761142f866040518060400160405280601781526020017f3a206e6f6e2d63616e6f6e6963616c20696e7465676572000000000000000000815250611ad8565b8461143b8a60016121e8565b94509450505050611515565b8682111561148e5761148e866040518060400160405280601381526020017f3a20696e746567657220746f6f206c6172676500000000000000000000000000815250611ad8565b8115611502578a830135600883026101000381901c95505f1a15806114be57508160011480156114be5750608085105b1561150257611502866040518060400160405280601781526020017f3a206e6f6e2d63616e6f6e6963616c20696e7465676572000000000000000000815250611ad8565b8461150d83856121e8565b945094505050505b965096945050505050565b5f8385106115535761155382604051806040016040528060098152602001683a206d697373696e6760b81b815250611ad8565b83836115608760016121e8565b61156a91906121e8565b1180611585575061157c8360806121e8565b858801355f1a14155b156115c9576115c9826040518060400160405280601a81526020017f3a206e6f74206120737472696e67206f66206974732073697a65000000000000815250611ad8565b826115d58660016121e8565b6115df91906121e8565b979650505050505050565b5f5f5f5f6115fb89898989896119ee565b925092509250801561164657611646856040518060400160405280601681526020017f3a2061206c6973742c206e6f74206120737472696e6700000000000000000000815250611ad8565b8160011480156116565750868314155b801561166757506080838a01355f1a105b156116ab576116ab856040518060400160405280601481526020017f3a206e6f6e2d63616e6f6e6963616c2073697a65000000000000000000000000815250611ad8565b6116b582846121e8565b9998505050505050505050565b5f5f5f6116d3878787876006611e35565b90925090505f6116e382846121e8565b90505f5f895b838610156117dd5785810135805f1a60018501945060808110156117145760018801975050506116e9565b60c08110611727576001935050506117dd565b607f1901603881101561177157968701600101968588111561174e576002935050506117dd565b60808260011a1060018214161561176a576003935050506117dd565b50506116e9565b6037810390508160011a15868260018b0101111760048211171561179a576004935050506117dd565b8160081b81600802610100031c915060388210156117bd576003935050506117dd565b60019701019590950194838611156117d857600291506117dd565b6116e9565b5080156118d6576118d660078260011461189b5782600214611860578260031461182557604051806040016040528060068152602001653a2073697a6560d01b815250611ad8565b6040518060400160405280601481526020017f3a206e6f6e2d63616e6f6e6963616c2073697a65000000000000000000000000815250611ad8565b6040518060400160405280601381526020017f3a206f76657272756e7320697473206c69737400000000000000000000000000815250611ad8565b6040518060400160405280601681526020017f3a2061206c6973742c206e6f74206120737472696e6700000000000000000000815250611ad8565b6201000082111561192a5760405163011589df60e11b815260206004820152601560248201527f746f6f206d616e79207472616e73616374696f6e73000000000000000000000060448201526064016103ac565b509098975050505050505050565b5f5f5f5f5f61194b8a8a8a8a6008611e35565b90925090505f61195b82846121e8565b90505b80831015611989576119738b8b85848b611e9b565b97509250846119818161227f565b95505061195e565b620100008511156119dd5760405163011589df60e11b815260206004820152601160248201527f746f6f206d616e79206465706f7369747300000000000000000000000000000060448201526064016103ac565b9a9399509497509195505050505050565b5f5f5f848610611a2357611a2384604051806040016040528060098152602001683a206d697373696e6760b81b815250611ad8565b8786015f80611a3b83611a368b8b61226c565b611fad565b919750955090925090508015611abe57611abe8782600114611a9a5782600214611825576040518060400160405280601381526020017f3a206f76657272756e7320697473206c69737400000000000000000000000000815250611ad8565b604051806040016040528060068152602001653a2073697a6560d01b815250611ad8565b611ac8828a6121e8565b9550505050955095509592505050565b604080516102008101825260096101c082018181527f74696d657374616d7000000000000000000000000000000000000000000000006101e084015282528251808401845260088082527f636f696e6261736500000000000000000000000000000000000000000000000060208381019190915280850192909252845180860186529283527f676173206c696d69740000000000000000000000000000000000000000000000838301528385019290925283518085018552600a8082527f7072657652616e64616f0000000000000000000000000000000000000000000082840152606085019190915284518086018652601281527f706172656e7420626561636f6e20726f6f740000000000000000000000000000818401526080850152845180860186529081527f65787472612064617461000000000000000000000000000000000000000000008183015260a084015283518085018552600c8082527f7472616e73616374696f6e7300000000000000000000000000000000000000008284015260c085019190915284518086018652600b81527f7472616e73616374696f6e0000000000000000000000000000000000000000008184015260e0850152845180860186529283527f6465706f736974730000000000000000000000000000000000000000000000008383015261010084019290925283518085018552600781527f6465706f736974000000000000000000000000000000000000000000000000008183015261012084015283518085018552600d8082527f6465706f73697420696e646578000000000000000000000000000000000000008284015261014085019190915284518086018652601181527f6465706f73697420726563697069656e7400000000000000000000000000000081840152610160850152845180860186529081527f6465706f7369742076616c7565000000000000000000000000000000000000008183015261018084015283518085019094529083527f6465706f73697420686173680000000000000000000000000000000000000000908301526101a08101919091528083600e8110611df757611df76121fb565b602002015182604051602001611e0e9291906122ae565b60408051601f198184030181529082905263011589df60e11b82526103ac916004016122ca565b5f5f5f611e4588888888886119ee565b9194509250905080611e9057611e90846040518060400160405280600c81526020017f3a206e6f742061206c6973740000000000000000000000000000000000000000815250611ad8565b509550959350505050565b5f5f5f5f611ead898989896009611e35565b9092509050611ebc81836121e8565b95505f611ecf8a8a858a6008600a61137d565b9350905082611ee48b8b838b6014600b611520565b93505f8b8b611ef48460016121e8565b90611f008560156121e8565b92611f0d93929190612228565b611f16916122ff565b90505f611f298d8d888d6020600c61137d565b96509050898614611f7d5760405163011589df60e11b815260206004820152601860248201527f6465706f7369743a20746f6f206d616e79206669656c6473000000000000000060448201526064016103ac565b604051988952602089019190915260348801525060c01b60548601525050605c9092209296929550919350505050565b5f5f5f5f8535805f1a608081106001811461203b5760c08210159450604085026080018203603881106001811461202c57603782038060010199508560011a158b8b1117600482111760018114612020578660081b82600802610100031c995060388a101561201b57600297505b612025565b600197505b5050612034565b600198508197505b5050612040565b600195505b5050508061205657848385011115612056575060035b92959194509250565b67ffffffffffffffff81168114612074575f5ffd5b50565b5f5f5f5f6060858703121561208a575f5ffd5b84356120958161205f565b935060208501356120a58161205f565b9250604085013567ffffffffffffffff8111156120c0575f5ffd5b8501601f810187136120d0575f5ffd5b803567ffffffffffffffff8111156120e6575f5ffd5b8760208284010111156120f7575f5ffd5b949793965060200194505050565b5f60208284031215612115575f5ffd5b81356001600160a01b038116811461212b575f5ffd5b9392505050565b5f60208284031215612142575f5ffd5b813561212b8161205f565b5f6020828403121561215d575f5ffd5b815161212b8161205f565b5f60208284031215612178575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff82811682821603908111156121b3576121b361217f565b92915050565b818382375f9101908152919050565b67ffffffffffffffff81811683821601908111156121b3576121b361217f565b808201808211156121b3576121b361217f565b634e487b7160e01b5f52603260045260245ffd5b60ff82811682821603908111156121b3576121b361217f565b5f5f85851115612236575f5ffd5b83861115612242575f5ffd5b5050820193919092039150565b803560208310156121b3575f19602084900360031b1b1692915050565b818103818111156121b3576121b361217f565b5f600182016122905761229061217f565b5060010190565b5f81518060208401855e5f93019283525090919050565b5f6122c26122bc8386612297565b84612297565b949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356bffffffffffffffffffffffff198116906014841015612345576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b509291505056",
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
