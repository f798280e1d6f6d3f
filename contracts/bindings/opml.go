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
	Rewarded      bool
}

// OpMLClaim is an auto generated low-level Go binding around an user-defined struct.
type OpMLClaim struct {
	Submitter      common.Address
	SubmittedAt    uint64
	SubmittedBlock uint64
	Challenges     uint32
	Open           uint32
	Wins           uint32
	Settled        bool
	Model          [32]byte
	InputHash      [32]byte
	OutputHash     [32]byte
}

// OpMLMetaData contains all meta data concerning the OpML contract.
var OpMLMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"_game\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"_challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_clock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"_claimBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_challengeBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"_maxInputBytes\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_maxOutputBytes\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ChallengeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"}],\"name\":\"ChallengeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ClaimSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_INPUT_BYTES\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUT_BYTES\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challengesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"claimReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"getChallenge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"resolved\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"rewarded\",\"type\":\"bool\"}],\"internalType\":\"structOpML.Challenge\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getClaim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"challenges\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"wins\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOpML.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getResult\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInputBytes\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxOutputBytes\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"rewardShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "OpML",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161256038038061256083398101604081905261002f916102a8565b5f866001600160401b031611801561004f57505f856001600160401b0316115b6100a05760405162461bcd60e51b815260206004820152601a60248201527f4f704d4c3a207a65726f2077696e646f77206f7220636c6f636b00000000000060448201526064015b60405180910390fd5b5f84116100ef5760405162461bcd60e51b815260206004820152601560248201527f4f704d4c3a207a65726f20636c61696d20626f6e6400000000000000000000006044820152606401610097565b5f831161013e5760405162461bcd60e51b815260206004820152601960248201527f4f704d4c3a207a65726f206368616c6c656e676520626f6e64000000000000006044820152606401610097565b5f826001600160401b03161180156101625750620100006001600160401b03831611155b6101c75760405162461bcd60e51b815260206004820152603060248201527f4f704d4c3a206d6178496e7075744279746573206d757374206265203120746f60448201526f204d41585f494e5055545f425954455360801b6064820152608401610097565b5f816001600160401b03161180156101ea57506120006001600160401b03821611155b6102515760405162461bcd60e51b815260206004820152603260248201527f4f704d4c3a206d61784f75747075744279746573206d757374206265203120746044820152716f204d41585f4f55545055545f425954455360701b6064820152608401610097565b6001600160a01b039096166080526001600160401b0394851660a05292841660c05260e091909152610100528116610120521661014052610329565b80516001600160401b03811681146102a3575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a0312156102be575f5ffd5b87516001600160a01b03811681146102d4575f5ffd5b96506102e26020890161028d565b95506102f06040890161028d565b606089015160808a01519196509450925061030d60a0890161028d565b915061031b60c0890161028d565b905092959891949750929550565b60805160a05160c05160e0516101005161012051610140516121846103dc5f395f81816102fd015261187001525f818161029701526117d001525f81816102ca01528181610b8101528181610bbb015261106701525f818161052901528181610de201528181610e5201528181610ed9015261173201525f81816103e001526111fb01525f818161037b01528181610c9a015261110b01525f81816104de015281816109f5015261122401526121845ff3fe608060405260043610610183575f3560e01c806391ddadf4116100d1578063ae169a501161007c578063d5d44d8011610057578063d5d44d801461054b578063e984fe9314610576578063f2ec5e5a14610589575f5ffd5b8063ae169a50146104ae578063c3fe3e28146104cd578063c7cf748414610518575f5ffd5b8063a2f05725116100ac578063a2f057251461045b578063ab82d9a01461046f578063ad35efd414610482575f5ffd5b806391ddadf4146103cf578063995e4339146104025780639cbe606f1461042f575f5ffd5b8063549ebdd611610131578063861a14121161010c578063861a14121461036a5780638da4d3c91461039d5780638df82800146103b0575f5ffd5b8063549ebdd6146102ec5780635aef24471461031f578063761c7cfe1461034b575f5ffd5b8063472f7e8711610161578063472f7e871461024d5780634bae83ff1461028657806352305151146102b9575f5ffd5b80631bdd4b741461018757806334cad928146102095780633ccfd60b14610237575b5f5ffd5b348015610192575f5ffd5b506101a66101a1366004611c39565b61059f565b60405161020091905f60c082019050825182526001600160a01b0360208401511660208301526040830151604083015260608301511515606083015260808301511515608083015260a0830151151560a083015292915050565b60405180910390f35b348015610214575f5ffd5b5061021e61200081565b60405167ffffffffffffffff9091168152602001610200565b348015610242575f5ffd5b5061024b6106ac565b005b348015610258575f5ffd5b50610278610267366004611c39565b60046020525f908152604090205481565b604051908152602001610200565b348015610291575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102c4575f5ffd5b506102787f000000000000000000000000000000000000000000000000000000000000000081565b3480156102f7575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561032a575f5ffd5b5061033e610339366004611c39565b6107e6565b6040516102009190611c50565b348015610356575f5ffd5b5061024b610365366004611c39565b6108f2565b348015610375575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103a8575f5ffd5b505f54610278565b3480156103bb575f5ffd5b5061024b6103ca366004611c39565b610c20565b3480156103da575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561040d575f5ffd5b5061042161041c366004611c39565b610f4c565b604051610200929190611d52565b34801561043a575f5ffd5b5061044e610449366004611c39565b610ff9565b6040516102009190611d95565b348015610466575f5ffd5b50600154610278565b61027861047d366004611c39565b611058565b34801561048d575f5ffd5b506104a161049c366004611c39565b6114cd565b6040516102009190611dd7565b3480156104b9575f5ffd5b5061024b6104c8366004611c39565b611546565b3480156104d8575f5ffd5b506105007f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610200565b348015610523575f5ffd5b506102787f000000000000000000000000000000000000000000000000000000000000000081565b348015610556575f5ffd5b50610278610565366004611deb565b60056020525f908152604090205481565b610278610584366004611e56565b61172f565b348015610594575f5ffd5b5061021e6201000081565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915260015482106106265760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e676500000000000000000060448201526064015b60405180910390fd5b6001828154811061063957610639611ecf565b5f9182526020918290206040805160c08101825260049093029091018054835260018101546001600160a01b03169383019390935260028301549082015260039091015460ff8082161515606084015261010082048116151560808401526201000090910416151560a082015292915050565b335f90815260056020526040902054806107085760405162461bcd60e51b815260206004820152601960248201527f4f704d4c3a206e6f7468696e6720746f20776974686472617700000000000000604482015260640161061d565b335f818152600560205260408082208290555190919083908381818185875af1925050503d805f8114610756576040519150601f19603f3d011682016040523d82523d5f602084013e61075b565b606091505b50509050806107ac5760405162461bcd60e51b815260206004820152601560248201527f4f704d4c3a207472616e73666572206661696c65640000000000000000000000604482015260640161061d565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a25050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915261083f82611b51565b604080516101408101825282546001600160a01b038116825267ffffffffffffffff600160a01b918290048116602084015260018501549081169383019390935263ffffffff680100000000000000008404811660608401526c01000000000000000000000000840481166080840152600160801b84041660a083015260ff920491909116151560c0820152600282015460e0820152600382015461010082015260049091015461012082015292915050565b60015481106109435760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e6765000000000000000000604482015260640161061d565b5f6001828154811061095757610957611ecf565b5f9182526020909120600490910201600381015490915060ff16156109be5760405162461bcd60e51b815260206004820181905260248201527f4f704d4c3a206368616c6c656e676520616c7265616479207265736f6c766564604482015260640161061d565b60028101546040517f4f896d4f0000000000000000000000000000000000000000000000000000000081525f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691634f896d4f91610a2c9160040190815260200190565b6020604051808303815f875af1158015610a48573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a6c9190611ee3565b60038301805460ff1916600117905582545f8054929350918291908110610a9557610a95611ecf565b905f5260205f209060050201905080600101600c81819054906101000a900463ffffffff1680929190610ac790611f15565b91906101000a81548163ffffffff021916908363ffffffff160217905550505f600380811115610af957610af9611d1e565b836003811115610b0b57610b0b611d1e565b60038601805461ff0019169190921461010081029190911790915590508015610baa57600182018054600160801b900463ffffffff16906010610b4d83611f33565b825463ffffffff9182166101009390930a9283029190920219909116179055506001840154610ba5906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611bc7565b610bdf565b8154610bdf906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611bc7565b835460405182151581528691907fbd52aeca4d2bf9f656aa31a1dc25df0bc5943fd860b7b360066edd1e7c0c42bc9060200160405180910390a35050505050565b5f610c2a82611b51565b6001810154909150600160a01b900460ff1615610c895760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a20636c61696d20616c726561647920736574746c65640000000000604482015260640161061d565b8054610cc99067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416611f57565b421015610d3e5760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206e6f74206f7660448201527f6572000000000000000000000000000000000000000000000000000000000000606482015260840161061d565b60018101546c01000000000000000000000000900463ffffffff1615610da65760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a206368616c6c656e676573207374696c6c206f70656e0000000000604482015260640161061d565b60018101805460ff60a01b1916600160a01b179081905563ffffffff600160801b909104165f03610e37578054610e06906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611bc7565b817f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de60026040516107da9190611dd7565b60018101545f90600160801b900463ffffffff16610e7660027f0000000000000000000000000000000000000000000000000000000000000000611f6a565b610e809190611f6a565b5f848152600460205260409020819055600183015490915083907fcec1bae6e024d929f2929f3478ce70f55f9c636c8ef7b5073a61d7c3a432451b90610ed390600160801b900463ffffffff1684611f89565b610efd907f0000000000000000000000000000000000000000000000000000000000000000611fa0565b60405190815260200160405180910390a2827f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de6003604051610f3f9190611dd7565b60405180910390a2505050565b5f6060610f58836114cd565b5f84815260026020526040902080548190610f7290611fb3565b80601f0160208091040260200160405190810160405280929190818152602001828054610f9e90611fb3565b8015610fe95780601f10610fc057610100808354040283529160200191610fe9565b820191905f5260205f20905b815481529060010190602001808311610fcc57829003601f168201915b5050505050905091509150915091565b5f8181526003602090815260409182902080548351818402810184019094528084526060939283018282801561104c57602002820191905f5260205f20905b815481526020019060010190808311611038575b50505050509050919050565b5f5f61106383611b51565b90507f000000000000000000000000000000000000000000000000000000000000000034146110fa5760405162461bcd60e51b815260206004820152602660248201527f4f704d4c3a2076616c7565206d75737420626520746865206368616c6c656e6760448201527f6520626f6e640000000000000000000000000000000000000000000000000000606482015260840161061d565b805461113a9067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416611f57565b42106111885760405162461bcd60e51b815260206004820152601e60248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206f7665720000604482015260640161061d565b8054600282015460038301546004808501546040517fcb6d18b40000000000000000000000000000000000000000000000000000000081526001600160a01b039586169281019290925233602483015260448201939093526064810191909152608481019190915267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660a48201525f917f0000000000000000000000000000000000000000000000000000000000000000169063cb6d18b49060c4016020604051808303815f875af115801561126a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061128e9190611feb565b600180546040805160c0810182528881523360208083019182528284018781525f606085018181526080860182815260a08701838152898b018b558a845296517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660048b029081019190915595517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf7870180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0390921691909117905592517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf8860155517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf990940180549251955161ffff1990931694151561ff00191694909417610100951515959095029490941762ff00001916620100009115159190910217909155898252600381529181208054808601825590825291902001819055908401805491955091925068010000000000000000900463ffffffff1690600861141f83611f33565b91906101000a81548163ffffffff021916908363ffffffff1602179055505081600101600c81819054906101000a900463ffffffff168092919061146290611f33565b91906101000a81548163ffffffff021916908363ffffffff16021790555050336001600160a01b031683857f3aa44c3149ded8270c48a3e76c4d50ac75d3d1718450bf5ccb698338fd4f05c0846040516114be91815260200190565b60405180910390a45050919050565b5f805482106114dd57505f919050565b5f5f83815481106114f0576114f0611ecf565b5f91825260209091206005909102016001810154909150600160801b900463ffffffff16156115225750600392915050565b6001810154600160a01b900460ff1661153c57600161153f565b60025b9392505050565b60015481106115975760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e6765000000000000000000604482015260640161061d565b5f600182815481106115ab576115ab611ecf565b905f5260205f20906004020190508060030160019054906101000a900460ff166116175760405162461bcd60e51b815260206004820181905260248201527f4f704d4c3a20746865206368616c6c656e67657220646964206e6f742077696e604482015260640161061d565b5f815f01548154811061162c5761162c611ecf565b905f5260205f20906005020160010160149054906101000a900460ff166116955760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a20636c61696d206e6f7420736574746c6564000000000000000000604482015260640161061d565b600381015462010000900460ff16156116f05760405162461bcd60e51b815260206004820152601d60248201527f4f704d4c3a2072657761726420616c7265616479206372656469746564000000604482015260640161061d565b60038101805462ff0000191662010000179055600181015481545f9081526004602052604090205461172b916001600160a01b031690611bc7565b5050565b5f7f000000000000000000000000000000000000000000000000000000000000000034146117c55760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a2076616c7565206d7573742062652074686520636c61696d20626f60448201527f6e64000000000000000000000000000000000000000000000000000000000000606482015260840161061d565b67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168411156118655760405162461bcd60e51b815260206004820152602560248201527f4f704d4c3a20696e707574206c6f6e676572207468616e206d6178496e70757460448201527f4279746573000000000000000000000000000000000000000000000000000000606482015260840161061d565b67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168211156119055760405162461bcd60e51b815260206004820152602760248201527f4f704d4c3a206f7574707574206c6f6e676572207468616e206d61784f75747060448201527f7574427974657300000000000000000000000000000000000000000000000000606482015260840161061d565b505f8054604080516101408101825233815267ffffffffffffffff4281166020830152431681830152606081018490526080810184905260a0810184905260c0810184905260e0810189905290519192916101008201906119699089908990612002565b604051809103902081526020018585604051611986929190612002565b60408051918290039091209091528254600180820185555f948552602080862085516005909402018054868301516001600160a01b039095167fffffffff0000000000000000000000000000000000000000000000000000000090911617600160a01b67ffffffffffffffff9586168102919091178255868601519382018054606089015160808a015160a08b015160c08c0151989099166bffffffffffffffffffffffff19909316929092176801000000000000000063ffffffff92831602177fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff166c01000000000000000000000000928216929092027fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1691909117600160801b91909716029590951760ff60a01b1916931515029290921790925560e0840151600280830191909155610100850151600383015561012090940151600490910155848452919091529020611afe838583612071565b5085336001600160a01b0316827f2b8b045bb0f147a9eb12b1e0e111ca58b9c63f437a9f95eb732c2de738f5736688888888604051611b409493929190612153565b60405180910390a495945050505050565b5f80548210611ba25760405162461bcd60e51b815260206004820152601360248201527f4f704d4c3a206e6f207375636820636c61696d00000000000000000000000000604482015260640161061d565b5f8281548110611bb457611bb4611ecf565b905f5260205f2090600502019050919050565b805f03611bd2575050565b6001600160a01b0382165f9081526005602052604081208054839290611bf9908490611f57565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3906020016107da565b5f60208284031215611c49575f5ffd5b5035919050565b81516001600160a01b0316815261014081016020830151611c7d602084018267ffffffffffffffff169052565b506040830151611c99604084018267ffffffffffffffff169052565b506060830151611cb1606084018263ffffffff169052565b506080830151611cc9608084018263ffffffff169052565b5060a0830151611ce160a084018263ffffffff169052565b5060c0830151611cf560c084018215159052565b5060e083015160e083015261010083015161010083015261012083015161012083015292915050565b634e487b7160e01b5f52602160045260245ffd5b60048110611d4e57634e487b7160e01b5f52602160045260245ffd5b9052565b611d5c8184611d32565b604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b602080825282518282018190525f918401906040840190835b81811015611dcc578351835260209384019390920191600101611dae565b509095945050505050565b60208101611de58284611d32565b92915050565b5f60208284031215611dfb575f5ffd5b81356001600160a01b038116811461153f575f5ffd5b5f5f83601f840112611e21575f5ffd5b50813567ffffffffffffffff811115611e38575f5ffd5b602083019150836020828501011115611e4f575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611e6a575f5ffd5b85359450602086013567ffffffffffffffff811115611e87575f5ffd5b611e9388828901611e11565b909550935050604086013567ffffffffffffffff811115611eb2575f5ffd5b611ebe88828901611e11565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611ef3575f5ffd5b81516004811061153f575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b5f63ffffffff821680611f2a57611f2a611f01565b5f190192915050565b5f63ffffffff821663ffffffff8103611f4e57611f4e611f01565b60010192915050565b80820180821115611de557611de5611f01565b5f82611f8457634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417611de557611de5611f01565b81810381811115611de557611de5611f01565b600181811c90821680611fc757607f821691505b602082108103611fe557634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611ffb575f5ffd5b5051919050565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561206c57805f5260205f20601f840160051c8101602085101561204a5750805b601f840160051c820191505b81811015612069575f8155600101612056565b50505b505050565b67ffffffffffffffff83111561208957612089612011565b61209d836120978354611fb3565b83612025565b5f601f8411600181146120ce575f85156120b75750838201355b5f19600387901b1c1916600186901b178355612069565b5f83815260208120601f198716915b828110156120fd57868501358255602094850194600190920191016120dd565b5086821015612119575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61216660408301868861212b565b828103602084015261217981858761212b565b97965050505050505056",
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
// Solidity: constructor(address _game, uint64 _challengeWindow, uint64 _clock, uint256 _claimBond, uint256 _challengeBond, uint64 _maxInputBytes, uint64 _maxOutputBytes) returns()
func (opML *OpML) PackConstructor(_game common.Address, _challengeWindow uint64, _clock uint64, _claimBond *big.Int, _challengeBond *big.Int, _maxInputBytes uint64, _maxOutputBytes uint64) []byte {
	enc, err := opML.abi.Pack("", _game, _challengeWindow, _clock, _claimBond, _challengeBond, _maxInputBytes, _maxOutputBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXINPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2ec5e5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INPUT_BYTES() view returns(uint64)
func (opML *OpML) PackMAXINPUTBYTES() []byte {
	enc, err := opML.abi.Pack("MAX_INPUT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2ec5e5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INPUT_BYTES() view returns(uint64)
func (opML *OpML) TryPackMAXINPUTBYTES() ([]byte, error) {
	return opML.abi.Pack("MAX_INPUT_BYTES")
}

// UnpackMAXINPUTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2ec5e5a.
//
// Solidity: function MAX_INPUT_BYTES() view returns(uint64)
func (opML *OpML) UnpackMAXINPUTBYTES(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("MAX_INPUT_BYTES", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXOUTPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cad928.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint64)
func (opML *OpML) PackMAXOUTPUTBYTES() []byte {
	enc, err := opML.abi.Pack("MAX_OUTPUT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cad928.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint64)
func (opML *OpML) TryPackMAXOUTPUTBYTES() ([]byte, error) {
	return opML.abi.Pack("MAX_OUTPUT_BYTES")
}

// UnpackMAXOUTPUTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34cad928.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint64)
func (opML *OpML) UnpackMAXOUTPUTBYTES(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("MAX_OUTPUT_BYTES", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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

// PackClaimReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae169a50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimReward(uint256 challengeId) returns()
func (opML *OpML) PackClaimReward(challengeId *big.Int) []byte {
	enc, err := opML.abi.Pack("claimReward", challengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae169a50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimReward(uint256 challengeId) returns()
func (opML *OpML) TryPackClaimReward(challengeId *big.Int) ([]byte, error) {
	return opML.abi.Pack("claimReward", challengeId)
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
// Solidity: function getChallenge(uint256 challengeId) view returns((uint256,address,uint256,bool,bool,bool))
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
// Solidity: function getChallenge(uint256 challengeId) view returns((uint256,address,uint256,bool,bool,bool))
func (opML *OpML) TryPackGetChallenge(challengeId *big.Int) ([]byte, error) {
	return opML.abi.Pack("getChallenge", challengeId)
}

// UnpackGetChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bdd4b74.
//
// Solidity: function getChallenge(uint256 challengeId) view returns((uint256,address,uint256,bool,bool,bool))
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
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint64,uint32,uint32,uint32,bool,bytes32,bytes32,bytes32))
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
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint64,uint32,uint32,uint32,bool,bytes32,bytes32,bytes32))
func (opML *OpML) TryPackGetClaim(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("getClaim", claimId)
}

// UnpackGetClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aef2447.
//
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint64,uint32,uint32,uint32,bool,bytes32,bytes32,bytes32))
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

// PackMaxInputBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bae83ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxInputBytes() view returns(uint64)
func (opML *OpML) PackMaxInputBytes() []byte {
	enc, err := opML.abi.Pack("maxInputBytes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxInputBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bae83ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxInputBytes() view returns(uint64)
func (opML *OpML) TryPackMaxInputBytes() ([]byte, error) {
	return opML.abi.Pack("maxInputBytes")
}

// UnpackMaxInputBytes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bae83ff.
//
// Solidity: function maxInputBytes() view returns(uint64)
func (opML *OpML) UnpackMaxInputBytes(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("maxInputBytes", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxOutputBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x549ebdd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxOutputBytes() view returns(uint64)
func (opML *OpML) PackMaxOutputBytes() []byte {
	enc, err := opML.abi.Pack("maxOutputBytes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxOutputBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x549ebdd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxOutputBytes() view returns(uint64)
func (opML *OpML) TryPackMaxOutputBytes() ([]byte, error) {
	return opML.abi.Pack("maxOutputBytes")
}

// UnpackMaxOutputBytes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x549ebdd6.
//
// Solidity: function maxOutputBytes() view returns(uint64)
func (opML *OpML) UnpackMaxOutputBytes(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("maxOutputBytes", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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

// PackRewardShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472f7e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardShare(uint256 ) view returns(uint256)
func (opML *OpML) PackRewardShare(arg0 *big.Int) []byte {
	enc, err := opML.abi.Pack("rewardShare", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472f7e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardShare(uint256 ) view returns(uint256)
func (opML *OpML) TryPackRewardShare(arg0 *big.Int) ([]byte, error) {
	return opML.abi.Pack("rewardShare", arg0)
}

// UnpackRewardShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x472f7e87.
//
// Solidity: function rewardShare(uint256 ) view returns(uint256)
func (opML *OpML) UnpackRewardShare(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("rewardShare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// OpMLBurned represents a Burned event raised by the OpML contract.
type OpMLBurned struct {
	ClaimId *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpMLBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (OpMLBurned) ContractEventName() string {
	return OpMLBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(uint256 indexed claimId, uint256 amount)
func (opML *OpML) UnpackBurnedEvent(log *types.Log) (*OpMLBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLBurned)
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
