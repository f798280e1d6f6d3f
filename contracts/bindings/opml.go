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

// OpMLChallenge is an auto generated low-level Go binding around an user-defined struct.
type OpMLChallenge struct {
	ClaimId       *big.Int
	Challenger    common.Address
	GameId        *big.Int
	Resolved      bool
	ChallengerWon bool
}

// OpMLClaim is an auto generated low-level Go binding around an user-defined struct.
type OpMLClaim struct {
	Submitter   common.Address
	SubmittedAt uint64
	Challenges  uint32
	Open        uint32
	Wins        uint32
	Settled     bool
	Model       [32]byte
	InputHash   [32]byte
	OutputHash  [32]byte
}

// OpMLMetaData contains all meta data concerning the OpML contract.
var OpMLMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"_game\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"_challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_clock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"_claimBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_challengeBond\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ChallengeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"}],\"name\":\"ChallengeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ClaimSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challengesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"getChallenge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"resolved\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"}],\"internalType\":\"structOpML.Challenge\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getClaim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"challenges\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"wins\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOpML.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getResult\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "OpML",
	Bin: "0x610120604052348015610010575f5ffd5b50604051611e70380380611e7083398101604081905261002f916100e7565b5f846001600160401b031611801561004f57505f836001600160401b0316115b61009f5760405162461bcd60e51b815260206004820152601a60248201527f4f704d4c3a207a65726f2077696e646f77206f7220636c6f636b000000000000604482015260640160405180910390fd5b6001600160a01b039094166080526001600160401b0392831660a052911660c05260e05261010052610146565b80516001600160401b03811681146100e2575f5ffd5b919050565b5f5f5f5f5f60a086880312156100fb575f5ffd5b85516001600160a01b0381168114610111575f5ffd5b945061011f602087016100cc565b935061012d604087016100cc565b6060870151608090970151959894975095949392505050565b60805160a05160c05160e05161010051611c996101d75f395f81816101c401528181610a0101528181610a3b0152610f3901525f81816103f801528181610c6201528181610cd201528181610d1e01526113ed01525f81816102ce01526110cd01525f818161025001528181610b1f0152610fdd01525f81816103ad0152818161087c01526110f60152611c995ff3fe608060405260043610610123575f3560e01c8063995e4339116100a1578063ad35efd411610071578063c7cf748411610057578063c7cf7484146103e7578063d5d44d801461041a578063e984fe9314610445575f5ffd5b8063ad35efd414610370578063c3fe3e281461039c575f5ffd5b8063995e4339146102f05780639cbe606f1461031d578063a2f0572514610349578063ab82d9a01461035d575f5ffd5b8063761c7cfe116100f65780638da4d3c9116100dc5780638da4d3c91461028b5780638df828001461029e57806391ddadf4146102bd575f5ffd5b8063761c7cfe14610220578063861a14121461023f575f5ffd5b80631bdd4b74146101275780633ccfd60b1461019d57806352305151146101b35780635aef2447146101f4575b5f5ffd5b348015610132575f5ffd5b50610146610141366004611771565b610458565b60405161019491905f60a082019050825182526001600160a01b0360208401511660208301526040830151604083015260608301511515606083015260808301511515608083015292915050565b60405180910390f35b3480156101a8575f5ffd5b506101b161054f565b005b3480156101be575f5ffd5b506101e67f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610194565b3480156101ff575f5ffd5b5061021361020e366004611771565b610689565b6040516101949190611788565b34801561022b575f5ffd5b506101b161023a366004611771565b610779565b34801561024a575f5ffd5b506102727f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610194565b348015610296575f5ffd5b505f546101e6565b3480156102a9575f5ffd5b506101b16102b8366004611771565b610aa0565b3480156102c8575f5ffd5b506102727f000000000000000000000000000000000000000000000000000000000000000081565b3480156102fb575f5ffd5b5061030f61030a366004611771565b610e1e565b604051610194929190611867565b348015610328575f5ffd5b5061033c610337366004611771565b610ecb565b60405161019491906118aa565b348015610354575f5ffd5b506001546101e6565b6101e661036b366004611771565b610f2a565b34801561037b575f5ffd5b5061038f61038a366004611771565b61136b565b60405161019491906118ec565b3480156103a7575f5ffd5b506103cf7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610194565b3480156103f2575f5ffd5b506101e67f000000000000000000000000000000000000000000000000000000000000000081565b348015610425575f5ffd5b506101e6610434366004611900565b60046020525f908152604090205481565b6101e661045336600461196b565b6113ea565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915260015482106104d85760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e676500000000000000000060448201526064015b60405180910390fd5b600182815481106104eb576104eb6119e4565b5f9182526020918290206040805160a08101825260049093029091018054835260018101546001600160a01b03169383019390935260028301549082015260039091015460ff80821615156060840152610100909104161515608082015292915050565b335f90815260046020526040902054806105ab5760405162461bcd60e51b815260206004820152601960248201527f4f704d4c3a206e6f7468696e6720746f2077697468647261770000000000000060448201526064016104cf565b335f818152600460205260408082208290555190919083908381818185875af1925050503d805f81146105f9576040519150601f19603f3d011682016040523d82523d5f602084013e6105fe565b606091505b505090508061064f5760405162461bcd60e51b815260206004820152601560248201527f4f704d4c3a207472616e73666572206661696c6564000000000000000000000060448201526064016104cf565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a25050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091526106da82611689565b604080516101208101825282546001600160a01b0381168252600160a01b810467ffffffffffffffff166020830152600160e01b900463ffffffff9081169282019290925260018301548083166060830152640100000000810490921660808201526801000000000000000090910460ff16151560a0820152600282015460c0820152600382015460e082015260049091015461010082015292915050565b60015481106107ca5760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e676500000000000000000060448201526064016104cf565b5f600182815481106107de576107de6119e4565b5f9182526020909120600490910201600381015490915060ff16156108455760405162461bcd60e51b815260206004820181905260248201527f4f704d4c3a206368616c6c656e676520616c7265616479207265736f6c76656460448201526064016104cf565b60028101546040517f4f896d4f0000000000000000000000000000000000000000000000000000000081525f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691634f896d4f916108b39160040190815260200190565b6020604051808303815f875af11580156108cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108f391906119f8565b60038301805460ff1916600117905582545f805492935091829190811061091c5761091c6119e4565b5f918252602082206001600590920201908101805491935063ffffffff9091169161094683611a2a565b91906101000a81548163ffffffff021916908363ffffffff160217905550505f60038081111561097857610978611833565b83600381111561098a5761098a611833565b60038601805461ff0019169190921461010081029190911790915590508015610a2a57600182018054640100000000900463ffffffff169060046109cd83611a48565b825463ffffffff9182166101009390930a9283029190920219909116179055506001840154610a25906001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006116ff565b610a5f565b8154610a5f906001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006116ff565b835460405182151581528691907fbd52aeca4d2bf9f656aa31a1dc25df0bc5943fd860b7b360066edd1e7c0c42bc9060200160405180910390a35050505050565b5f610aaa82611689565b600181015490915068010000000000000000900460ff1615610b0e5760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a20636c61696d20616c726561647920736574746c6564000000000060448201526064016104cf565b8054610b4e9067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416611a6c565b421015610bc35760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206e6f74206f7660448201527f657200000000000000000000000000000000000000000000000000000000000060648201526084016104cf565b600181015463ffffffff1615610c1b5760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a206368616c6c656e676573207374696c6c206f70656e000000000060448201526064016104cf565b60018101805468ff0000000000000000191668010000000000000000179081905563ffffffff640100000000909104165f03610cb7578054610c86906001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006116ff565b817f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de600260405161067d91906118ec565b60018101545f90610cf690640100000000900463ffffffff167f0000000000000000000000000000000000000000000000000000000000000000611a7f565b60018301549091505f90610d1890640100000000900463ffffffff1683611a9e565b610d42907f0000000000000000000000000000000000000000000000000000000000000000611ab5565b5f8581526003602052604081209192505b8154811015610ddd575f6001838381548110610d7157610d716119e4565b905f5260205f20015481548110610d8a57610d8a6119e4565b905f5260205f20906004020190508060030160019054906101000a900460ff1615610dd4576001810154610dd0906001600160a01b0316610dcb8688611a6c565b6116ff565b5f93505b50600101610d53565b50847f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de6003604051610e0f91906118ec565b60405180910390a25050505050565b5f6060610e2a8361136b565b5f84815260026020526040902080548190610e4490611ac8565b80601f0160208091040260200160405190810160405280929190818152602001828054610e7090611ac8565b8015610ebb5780601f10610e9257610100808354040283529160200191610ebb565b820191905f5260205f20905b815481529060010190602001808311610e9e57829003601f168201915b5050505050905091509150915091565b5f81815260036020908152604091829020805483518184028101840190945280845260609392830182828015610f1e57602002820191905f5260205f20905b815481526020019060010190808311610f0a575b50505050509050919050565b5f5f610f3583611689565b90507f00000000000000000000000000000000000000000000000000000000000000003414610fcc5760405162461bcd60e51b815260206004820152602660248201527f4f704d4c3a2076616c7565206d75737420626520746865206368616c6c656e6760448201527f6520626f6e64000000000000000000000000000000000000000000000000000060648201526084016104cf565b805461100c9067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416611a6c565b421061105a5760405162461bcd60e51b815260206004820152601e60248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206f766572000060448201526064016104cf565b8054600282015460038301546004808501546040517fcb6d18b40000000000000000000000000000000000000000000000000000000081526001600160a01b039586169281019290925233602483015260448201939093526064810191909152608481019190915267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660a48201525f917f0000000000000000000000000000000000000000000000000000000000000000169063cb6d18b49060c4016020604051808303815f875af115801561113c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111609190611b00565b600180546040805160a0810182528881523360208083019182528284018781525f6060850181815260808601828152888a018a5589835295517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660048a029081019190915594517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf7860180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0390921691909117905591517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf885015590517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf99093018054945161ffff1990951693151561ff00191693909317610100941515949094029390931790915589825260038152918120805494850181558152209091018190558354909450909150600160e01b900463ffffffff1682601c6112ce83611a48565b82546101009290920a63ffffffff81810219909316918316021790915560018401805490911691505f61130083611a48565b91906101000a81548163ffffffff021916908363ffffffff16021790555050336001600160a01b031683857f3aa44c3149ded8270c48a3e76c4d50ac75d3d1718450bf5ccb698338fd4f05c08460405161135c91815260200190565b60405180910390a45050919050565b5f8054821061137b57505f919050565b5f5f838154811061138e5761138e6119e4565b5f91825260209091206005909102016001810154909150640100000000900463ffffffff16156113c15750600392915050565b600181015468010000000000000000900460ff166113e05760016113e3565b60025b9392505050565b5f7f000000000000000000000000000000000000000000000000000000000000000034146114805760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a2076616c7565206d7573742062652074686520636c61696d20626f60448201527f6e6400000000000000000000000000000000000000000000000000000000000060648201526084016104cf565b505f8054604080516101208101825233815267ffffffffffffffff42166020820152808201849052606081018490526080810184905260a0810184905260c08101899052905191929160e08201906114db9089908990611b17565b6040518091039020815260200185856040516114f8929190611b17565b60408051918290039091209091528254600180820185555f94855260208086208551600590940201805486830151878701516001600160a01b039096167fffffffff0000000000000000000000000000000000000000000000000000000090921691909117600160a01b67ffffffffffffffff90921691909102177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b63ffffffff9586160217815560608601519281018054608088015160a089015195871667ffffffffffffffff199092169190911764010000000091909616029490941768ff0000000000000000191668010000000000000000931515939093029290921790925560c084015160028083019190915560e0850151600383015561010090940151600490910155848452919091529020611636838583611b86565b5085336001600160a01b0316827f2b8b045bb0f147a9eb12b1e0e111ca58b9c63f437a9f95eb732c2de738f57366888888886040516116789493929190611c68565b60405180910390a495945050505050565b5f805482106116da5760405162461bcd60e51b815260206004820152601360248201527f4f704d4c3a206e6f207375636820636c61696d0000000000000000000000000060448201526064016104cf565b5f82815481106116ec576116ec6119e4565b905f5260205f2090600502019050919050565b805f0361170a575050565b6001600160a01b0382165f9081526004602052604081208054839290611731908490611a6c565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200161067d565b5f60208284031215611781575f5ffd5b5035919050565b5f610120820190506001600160a01b03835116825267ffffffffffffffff602084015116602083015260408301516117c8604084018263ffffffff169052565b5060608301516117e0606084018263ffffffff169052565b5060808301516117f8608084018263ffffffff169052565b5060a083015161180c60a084018215159052565b5060c083015160c083015260e083015160e083015261010083015161010083015292915050565b634e487b7160e01b5f52602160045260245ffd5b6004811061186357634e487b7160e01b5f52602160045260245ffd5b9052565b6118718184611847565b604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b602080825282518282018190525f918401906040840190835b818110156118e15783518352602093840193909201916001016118c3565b509095945050505050565b602081016118fa8284611847565b92915050565b5f60208284031215611910575f5ffd5b81356001600160a01b03811681146113e3575f5ffd5b5f5f83601f840112611936575f5ffd5b50813567ffffffffffffffff81111561194d575f5ffd5b602083019150836020828501011115611964575f5ffd5b9250929050565b5f5f5f5f5f6060868803121561197f575f5ffd5b85359450602086013567ffffffffffffffff81111561199c575f5ffd5b6119a888828901611926565b909550935050604086013567ffffffffffffffff8111156119c7575f5ffd5b6119d388828901611926565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611a08575f5ffd5b8151600481106113e3575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b5f63ffffffff821680611a3f57611a3f611a16565b5f190192915050565b5f63ffffffff821663ffffffff8103611a6357611a63611a16565b60010192915050565b808201808211156118fa576118fa611a16565b5f82611a9957634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176118fa576118fa611a16565b818103818111156118fa576118fa611a16565b600181811c90821680611adc57607f821691505b602082108103611afa57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611b10575f5ffd5b5051919050565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b601f821115611b8157805f5260205f20601f840160051c81016020851015611b5f5750805b601f840160051c820191505b81811015611b7e575f8155600101611b6b565b50505b505050565b67ffffffffffffffff831115611b9e57611b9e611b26565b611bb283611bac8354611ac8565b83611b3a565b5f601f841160018114611be3575f8515611bcc5750838201355b5f19600387901b1c1916600186901b178355611b7e565b5f83815260208120601f198716915b82811015611c125786850135825560209485019460019092019101611bf2565b5086821015611c2e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f611c7b604083018688611c40565b8281036020840152611c8e818587611c40565b97965050505050505056",
}

// OpML is an auto generated Go binding around an Ethereum contract.
type OpML struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OpML) GetABI() abi.ABI {
	return c.abi
}

// NewOpML creates a new instance of OpML.
func NewOpML() *OpML {
	parsed, err := OpMLMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OpML{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OpML) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _game, uint64 _challengeWindow, uint64 _clock, uint256 _claimBond, uint256 _challengeBond) returns()
func (opML *OpML) PackConstructor(_game common.Address, _challengeWindow uint64, _clock uint64, _claimBond *big.Int, _challengeBond *big.Int) []byte {
	enc, err := opML.abi.Pack("", _game, _challengeWindow, _clock, _claimBond, _challengeBond)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab82d9a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 claimId) payable returns(uint256 challengeId)
func (opML *OpML) PackChallenge(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("challenge", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab82d9a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 claimId) payable returns(uint256 challengeId)
func (opML *OpML) TryPackChallenge(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("challenge", claimId)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab82d9a0.
//
// Solidity: function challenge(uint256 claimId) payable returns(uint256 challengeId)
func (opML *OpML) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeBond() view returns(uint256)
func (opML *OpML) PackChallengeBond() []byte {
	enc, err := opML.abi.Pack("challengeBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeBond() view returns(uint256)
func (opML *OpML) TryPackChallengeBond() ([]byte, error) {
	return opML.abi.Pack("challengeBond")
}

// UnpackChallengeBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (opML *OpML) UnpackChallengeBond(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("challengeBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCount() view returns(uint256)
func (opML *OpML) PackChallengeCount() []byte {
	enc, err := opML.abi.Pack("challengeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCount() view returns(uint256)
func (opML *OpML) TryPackChallengeCount() ([]byte, error) {
	return opML.abi.Pack("challengeCount")
}

// UnpackChallengeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f05725.
//
// Solidity: function challengeCount() view returns(uint256)
func (opML *OpML) UnpackChallengeCount(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("challengeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (opML *OpML) PackChallengeWindow() []byte {
	enc, err := opML.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (opML *OpML) TryPackChallengeWindow() ([]byte, error) {
	return opML.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (opML *OpML) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cbe606f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengesOf(uint256 claimId) view returns(uint256[])
func (opML *OpML) PackChallengesOf(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("challengesOf", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cbe606f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengesOf(uint256 claimId) view returns(uint256[])
func (opML *OpML) TryPackChallengesOf(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("challengesOf", claimId)
}

// UnpackChallengesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cbe606f.
//
// Solidity: function challengesOf(uint256 claimId) view returns(uint256[])
func (opML *OpML) UnpackChallengesOf(data []byte) ([]*big.Int, error) {
	out, err := opML.abi.Unpack("challengesOf", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackClaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7cf7484.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBond() view returns(uint256)
func (opML *OpML) PackClaimBond() []byte {
	enc, err := opML.abi.Pack("claimBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7cf7484.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBond() view returns(uint256)
func (opML *OpML) TryPackClaimBond() ([]byte, error) {
	return opML.abi.Pack("claimBond")
}

// UnpackClaimBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7cf7484.
//
// Solidity: function claimBond() view returns(uint256)
func (opML *OpML) UnpackClaimBond(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("claimBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCount() view returns(uint256)
func (opML *OpML) PackClaimCount() []byte {
	enc, err := opML.abi.Pack("claimCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCount() view returns(uint256)
func (opML *OpML) TryPackClaimCount() ([]byte, error) {
	return opML.abi.Pack("claimCount")
}

// UnpackClaimCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint256)
func (opML *OpML) UnpackClaimCount(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("claimCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (opML *OpML) PackClock() []byte {
	enc, err := opML.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint64)
func (opML *OpML) TryPackClock() ([]byte, error) {
	return opML.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (opML *OpML) UnpackClock(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (opML *OpML) PackCredit(arg0 common.Address) []byte {
	enc, err := opML.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (opML *OpML) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return opML.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (opML *OpML) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game() view returns(address)
func (opML *OpML) PackGame() []byte {
	enc, err := opML.abi.Pack("game")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game() view returns(address)
func (opML *OpML) TryPackGame() ([]byte, error) {
	return opML.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (opML *OpML) UnpackGame(data []byte) (common.Address, error) {
	out, err := opML.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bdd4b74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getChallenge(uint256 challengeId) view returns((uint256,address,uint256,bool,bool))
func (opML *OpML) PackGetChallenge(challengeId *big.Int) []byte {
	enc, err := opML.abi.Pack("getChallenge", challengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bdd4b74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getChallenge(uint256 challengeId) view returns((uint256,address,uint256,bool,bool))
func (opML *OpML) TryPackGetChallenge(challengeId *big.Int) ([]byte, error) {
	return opML.abi.Pack("getChallenge", challengeId)
}

// UnpackGetChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bdd4b74.
//
// Solidity: function getChallenge(uint256 challengeId) view returns((uint256,address,uint256,bool,bool))
func (opML *OpML) UnpackGetChallenge(data []byte) (OpMLChallenge, error) {
	out, err := opML.abi.Unpack("getChallenge", data)
	if err != nil {
		return *new(OpMLChallenge), err
	}
	out0 := *abi.ConvertType(out[0], new(OpMLChallenge)).(*OpMLChallenge)
	return out0, nil
}

// PackGetClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aef2447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint32,uint32,uint32,bool,bytes32,bytes32,bytes32))
func (opML *OpML) PackGetClaim(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("getClaim", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aef2447.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint32,uint32,uint32,bool,bytes32,bytes32,bytes32))
func (opML *OpML) TryPackGetClaim(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("getClaim", claimId)
}

// UnpackGetClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aef2447.
//
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint32,uint32,uint32,bool,bytes32,bytes32,bytes32))
func (opML *OpML) UnpackGetClaim(data []byte) (OpMLClaim, error) {
	out, err := opML.abi.Unpack("getClaim", data)
	if err != nil {
		return *new(OpMLClaim), err
	}
	out0 := *abi.ConvertType(out[0], new(OpMLClaim)).(*OpMLClaim)
	return out0, nil
}

// PackGetResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995e4339.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getResult(uint256 claimId) view returns(uint8 status, bytes output)
func (opML *OpML) PackGetResult(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("getResult", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995e4339.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getResult(uint256 claimId) view returns(uint8 status, bytes output)
func (opML *OpML) TryPackGetResult(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("getResult", claimId)
}

// GetResultOutput serves as a container for the return parameters of contract
// method GetResult.
type GetResultOutput struct {
	Status uint8
	Output []byte
}

// UnpackGetResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x995e4339.
//
// Solidity: function getResult(uint256 claimId) view returns(uint8 status, bytes output)
func (opML *OpML) UnpackGetResult(data []byte) (GetResultOutput, error) {
	out, err := opML.abi.Unpack("getResult", data)
	outstruct := new(GetResultOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Output = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761c7cfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveChallenge(uint256 challengeId) returns()
func (opML *OpML) PackResolveChallenge(challengeId *big.Int) []byte {
	enc, err := opML.abi.Pack("resolveChallenge", challengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761c7cfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveChallenge(uint256 challengeId) returns()
func (opML *OpML) TryPackResolveChallenge(challengeId *big.Int) ([]byte, error) {
	return opML.abi.Pack("resolveChallenge", challengeId)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 claimId) returns()
func (opML *OpML) PackSettle(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("settle", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 claimId) returns()
func (opML *OpML) TryPackSettle(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("settle", claimId)
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(uint256 claimId) view returns(uint8)
func (opML *OpML) PackStatusOf(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("statusOf", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(uint256 claimId) view returns(uint8)
func (opML *OpML) TryPackStatusOf(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("statusOf", claimId)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad35efd4.
//
// Solidity: function statusOf(uint256 claimId) view returns(uint8)
func (opML *OpML) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := opML.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe984fe93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(bytes32 model, bytes input, bytes output) payable returns(uint256 claimId)
func (opML *OpML) PackSubmit(model [32]byte, input []byte, output []byte) []byte {
	enc, err := opML.abi.Pack("submit", model, input, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe984fe93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(bytes32 model, bytes input, bytes output) payable returns(uint256 claimId)
func (opML *OpML) TryPackSubmit(model [32]byte, input []byte, output []byte) ([]byte, error) {
	return opML.abi.Pack("submit", model, input, output)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe984fe93.
//
// Solidity: function submit(bytes32 model, bytes input, bytes output) payable returns(uint256 claimId)
func (opML *OpML) UnpackSubmit(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("submit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (opML *OpML) PackWithdraw() []byte {
	enc, err := opML.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (opML *OpML) TryPackWithdraw() ([]byte, error) {
	return opML.abi.Pack("withdraw")
}

// OpMLChallengeOpened represents a ChallengeOpened event raised by the OpML contract.
type OpMLChallengeOpened struct {
	ClaimId     *big.Int
	ChallengeId *big.Int
	Challenger  common.Address
	GameId      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpMLChallengeOpenedEventName = "ChallengeOpened"

// ContractEventName returns the user-defined event name.
func (OpMLChallengeOpened) ContractEventName() string {
	return OpMLChallengeOpenedEventName
}

// UnpackChallengeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeOpened(uint256 indexed claimId, uint256 indexed challengeId, address indexed challenger, uint256 gameId)
func (opML *OpML) UnpackChallengeOpenedEvent(log *types.Log) (*OpMLChallengeOpened, error) {
	event := "ChallengeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLChallengeOpened)
	if len(log.Data) > 0 {
		if err := opML.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range opML.abi.Events[event].Inputs {
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

// OpMLChallengeResolved represents a ChallengeResolved event raised by the OpML contract.
type OpMLChallengeResolved struct {
	ClaimId       *big.Int
	ChallengeId   *big.Int
	ChallengerWon bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const OpMLChallengeResolvedEventName = "ChallengeResolved"

// ContractEventName returns the user-defined event name.
func (OpMLChallengeResolved) ContractEventName() string {
	return OpMLChallengeResolvedEventName
}

// UnpackChallengeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeResolved(uint256 indexed claimId, uint256 indexed challengeId, bool challengerWon)
func (opML *OpML) UnpackChallengeResolvedEvent(log *types.Log) (*OpMLChallengeResolved, error) {
	event := "ChallengeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLChallengeResolved)
	if len(log.Data) > 0 {
		if err := opML.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range opML.abi.Events[event].Inputs {
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

// OpMLClaimSettled represents a ClaimSettled event raised by the OpML contract.
type OpMLClaimSettled struct {
	ClaimId *big.Int
	Status  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpMLClaimSettledEventName = "ClaimSettled"

// ContractEventName returns the user-defined event name.
func (OpMLClaimSettled) ContractEventName() string {
	return OpMLClaimSettledEventName
}

// UnpackClaimSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimSettled(uint256 indexed claimId, uint8 status)
func (opML *OpML) UnpackClaimSettledEvent(log *types.Log) (*OpMLClaimSettled, error) {
	event := "ClaimSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLClaimSettled)
	if len(log.Data) > 0 {
		if err := opML.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range opML.abi.Events[event].Inputs {
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

// OpMLClaimSubmitted represents a ClaimSubmitted event raised by the OpML contract.
type OpMLClaimSubmitted struct {
	ClaimId   *big.Int
	Submitter common.Address
	Model     [32]byte
	Input     []byte
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const OpMLClaimSubmittedEventName = "ClaimSubmitted"

// ContractEventName returns the user-defined event name.
func (OpMLClaimSubmitted) ContractEventName() string {
	return OpMLClaimSubmittedEventName
}

// UnpackClaimSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimSubmitted(uint256 indexed claimId, address indexed submitter, bytes32 indexed model, bytes input, bytes output)
func (opML *OpML) UnpackClaimSubmittedEvent(log *types.Log) (*OpMLClaimSubmitted, error) {
	event := "ClaimSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLClaimSubmitted)
	if len(log.Data) > 0 {
		if err := opML.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range opML.abi.Events[event].Inputs {
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

// OpMLCredited represents a Credited event raised by the OpML contract.
type OpMLCredited struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpMLCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (OpMLCredited) ContractEventName() string {
	return OpMLCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed who, uint256 amount)
func (opML *OpML) UnpackCreditedEvent(log *types.Log) (*OpMLCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLCredited)
	if len(log.Data) > 0 {
		if err := opML.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range opML.abi.Events[event].Inputs {
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

// OpMLWithdrawn represents a Withdrawn event raised by the OpML contract.
type OpMLWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpMLWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (OpMLWithdrawn) ContractEventName() string {
	return OpMLWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (opML *OpML) UnpackWithdrawnEvent(log *types.Log) (*OpMLWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLWithdrawn)
	if len(log.Data) > 0 {
		if err := opML.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range opML.abi.Events[event].Inputs {
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
