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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"_game\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"_challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_clock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"_claimBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_challengeBond\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ChallengeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"}],\"name\":\"ChallengeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ClaimSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challengesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"claimReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"getChallenge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"resolved\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"rewarded\",\"type\":\"bool\"}],\"internalType\":\"structOpML.Challenge\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getClaim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"challenges\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"wins\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOpML.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getResult\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"rewardShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "OpML",
	Bin: "0x610120604052348015610010575f5ffd5b506040516120c33803806120c383398101604081905261002f916100e7565b5f846001600160401b031611801561004f57505f836001600160401b0316115b61009f5760405162461bcd60e51b815260206004820152601a60248201527f4f704d4c3a207a65726f2077696e646f77206f7220636c6f636b000000000000604482015260640160405180910390fd5b6001600160a01b039094166080526001600160401b0392831660a052911660c05260e05261010052610146565b80516001600160401b03811681146100e2575f5ffd5b919050565b5f5f5f5f5f60a086880312156100fb575f5ffd5b85516001600160a01b0381168114610111575f5ffd5b945061011f602087016100cc565b935061012d604087016100cc565b6060870151608090970151959894975095949392505050565b60805160a05160c05160e05161010051611eec6101d75f395f818161023d01528181610aa101528181610adb0152610f8901525f818161048201528181610d0201528181610d7301528181610dfb015261164001525f8181610339015261111d01525f81816102bb01528181610bbf015261102d01525f81816104370152818161091c01526111460152611eec5ff3fe608060405260043610610157575f3560e01c8063995e4339116100bb578063ae169a5011610071578063c7cf748411610057578063c7cf748414610471578063d5d44d80146104a4578063e984fe93146104cf575f5ffd5b8063ae169a5014610407578063c3fe3e2814610426575f5ffd5b8063a2f05725116100a1578063a2f05725146103b4578063ab82d9a0146103c8578063ad35efd4146103db575f5ffd5b8063995e43391461035b5780639cbe606f14610388575f5ffd5b8063761c7cfe116101105780638da4d3c9116100f65780638da4d3c9146102f65780638df828001461030957806391ddadf414610328575f5ffd5b8063761c7cfe1461028b578063861a1412146102aa575f5ffd5b8063472f7e8711610140578063472f7e87146101f3578063523051511461022c5780635aef24471461025f575f5ffd5b80631bdd4b741461015b5780633ccfd60b146101dd575b5f5ffd5b348015610166575f5ffd5b5061017a6101753660046119c4565b6104e2565b6040516101d491905f60c082019050825182526001600160a01b0360208401511660208301526040830151604083015260608301511515606083015260808301511515608083015260a0830151151560a083015292915050565b60405180910390f35b3480156101e8575f5ffd5b506101f16105ef565b005b3480156101fe575f5ffd5b5061021e61020d3660046119c4565b60046020525f908152604090205481565b6040519081526020016101d4565b348015610237575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561026a575f5ffd5b5061027e6102793660046119c4565b610729565b6040516101d491906119db565b348015610296575f5ffd5b506101f16102a53660046119c4565b610819565b3480156102b5575f5ffd5b506102dd7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016101d4565b348015610301575f5ffd5b505f5461021e565b348015610314575f5ffd5b506101f16103233660046119c4565b610b40565b348015610333575f5ffd5b506102dd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610366575f5ffd5b5061037a6103753660046119c4565b610e6e565b6040516101d4929190611aba565b348015610393575f5ffd5b506103a76103a23660046119c4565b610f1b565b6040516101d49190611afd565b3480156103bf575f5ffd5b5060015461021e565b61021e6103d63660046119c4565b610f7a565b3480156103e6575f5ffd5b506103fa6103f53660046119c4565b6113d5565b6040516101d49190611b3f565b348015610412575f5ffd5b506101f16104213660046119c4565b611454565b348015610431575f5ffd5b506104597f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101d4565b34801561047c575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156104af575f5ffd5b5061021e6104be366004611b53565b60056020525f908152604090205481565b61021e6104dd366004611bbe565b61163d565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915260015482106105695760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e676500000000000000000060448201526064015b60405180910390fd5b6001828154811061057c5761057c611c37565b5f9182526020918290206040805160c08101825260049093029091018054835260018101546001600160a01b03169383019390935260028301549082015260039091015460ff8082161515606084015261010082048116151560808401526201000090910416151560a082015292915050565b335f908152600560205260409020548061064b5760405162461bcd60e51b815260206004820152601960248201527f4f704d4c3a206e6f7468696e6720746f207769746864726177000000000000006044820152606401610560565b335f818152600560205260408082208290555190919083908381818185875af1925050503d805f8114610699576040519150601f19603f3d011682016040523d82523d5f602084013e61069e565b606091505b50509050806106ef5760405162461bcd60e51b815260206004820152601560248201527f4f704d4c3a207472616e73666572206661696c656400000000000000000000006044820152606401610560565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a25050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915261077a826118dc565b604080516101208101825282546001600160a01b0381168252600160a01b810467ffffffffffffffff166020830152600160e01b900463ffffffff9081169282019290925260018301548083166060830152640100000000810490921660808201526801000000000000000090910460ff16151560a0820152600282015460c0820152600382015460e082015260049091015461010082015292915050565b600154811061086a5760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e67650000000000000000006044820152606401610560565b5f6001828154811061087e5761087e611c37565b5f9182526020909120600490910201600381015490915060ff16156108e55760405162461bcd60e51b815260206004820181905260248201527f4f704d4c3a206368616c6c656e676520616c7265616479207265736f6c7665646044820152606401610560565b60028101546040517f4f896d4f0000000000000000000000000000000000000000000000000000000081525f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691634f896d4f916109539160040190815260200190565b6020604051808303815f875af115801561096f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109939190611c4b565b60038301805460ff1916600117905582545f80549293509182919081106109bc576109bc611c37565b5f918252602082206001600590920201908101805491935063ffffffff909116916109e683611c7d565b91906101000a81548163ffffffff021916908363ffffffff160217905550505f600380811115610a1857610a18611a86565b836003811115610a2a57610a2a611a86565b60038601805461ff0019169190921461010081029190911790915590508015610aca57600182018054640100000000900463ffffffff16906004610a6d83611c9b565b825463ffffffff9182166101009390930a9283029190920219909116179055506001840154610ac5906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611952565b610aff565b8154610aff906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611952565b835460405182151581528691907fbd52aeca4d2bf9f656aa31a1dc25df0bc5943fd860b7b360066edd1e7c0c42bc9060200160405180910390a35050505050565b5f610b4a826118dc565b600181015490915068010000000000000000900460ff1615610bae5760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a20636c61696d20616c726561647920736574746c656400000000006044820152606401610560565b8054610bee9067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416611cbf565b421015610c635760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206e6f74206f7660448201527f65720000000000000000000000000000000000000000000000000000000000006064820152608401610560565b600181015463ffffffff1615610cbb5760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a206368616c6c656e676573207374696c6c206f70656e00000000006044820152606401610560565b60018101805468ff0000000000000000191668010000000000000000179081905563ffffffff640100000000909104165f03610d57578054610d26906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611952565b817f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de600260405161071d9190611b3f565b60018101545f90640100000000900463ffffffff16610d9760027f0000000000000000000000000000000000000000000000000000000000000000611cd2565b610da19190611cd2565b5f848152600460205260409020819055600183015490915083907fcec1bae6e024d929f2929f3478ce70f55f9c636c8ef7b5073a61d7c3a432451b90610df590640100000000900463ffffffff1684611cf1565b610e1f907f0000000000000000000000000000000000000000000000000000000000000000611d08565b60405190815260200160405180910390a2827f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de6003604051610e619190611b3f565b60405180910390a2505050565b5f6060610e7a836113d5565b5f84815260026020526040902080548190610e9490611d1b565b80601f0160208091040260200160405190810160405280929190818152602001828054610ec090611d1b565b8015610f0b5780601f10610ee257610100808354040283529160200191610f0b565b820191905f5260205f20905b815481529060010190602001808311610eee57829003601f168201915b5050505050905091509150915091565b5f81815260036020908152604091829020805483518184028101840190945280845260609392830182828015610f6e57602002820191905f5260205f20905b815481526020019060010190808311610f5a575b50505050509050919050565b5f5f610f85836118dc565b90507f0000000000000000000000000000000000000000000000000000000000000000341461101c5760405162461bcd60e51b815260206004820152602660248201527f4f704d4c3a2076616c7565206d75737420626520746865206368616c6c656e6760448201527f6520626f6e6400000000000000000000000000000000000000000000000000006064820152608401610560565b805461105c9067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416611cbf565b42106110aa5760405162461bcd60e51b815260206004820152601e60248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206f76657200006044820152606401610560565b8054600282015460038301546004808501546040517fcb6d18b40000000000000000000000000000000000000000000000000000000081526001600160a01b039586169281019290925233602483015260448201939093526064810191909152608481019190915267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660a48201525f917f0000000000000000000000000000000000000000000000000000000000000000169063cb6d18b49060c4016020604051808303815f875af115801561118c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111b09190611d53565b600180546040805160c0810182528881523360208083019182528284018781525f606085018181526080860182815260a08701838152898b018b558a845296517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660048b029081019190915595517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf7870180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0390921691909117905592517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf8860155517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf990940180549251955161ffff1990931694151561ff00191694909417610100951515959095029490941762ff0000191662010000911515919091021790915589825260038152918120805494850181558152209091018190558354909450909150600160e01b900463ffffffff1682601c61133883611c9b565b82546101009290920a63ffffffff81810219909316918316021790915560018401805490911691505f61136a83611c9b565b91906101000a81548163ffffffff021916908363ffffffff16021790555050336001600160a01b031683857f3aa44c3149ded8270c48a3e76c4d50ac75d3d1718450bf5ccb698338fd4f05c0846040516113c691815260200190565b60405180910390a45050919050565b5f805482106113e557505f919050565b5f5f83815481106113f8576113f8611c37565b5f91825260209091206005909102016001810154909150640100000000900463ffffffff161561142b5750600392915050565b600181015468010000000000000000900460ff1661144a57600161144d565b60025b9392505050565b60015481106114a55760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e67650000000000000000006044820152606401610560565b5f600182815481106114b9576114b9611c37565b905f5260205f20906004020190508060030160019054906101000a900460ff166115255760405162461bcd60e51b815260206004820181905260248201527f4f704d4c3a20746865206368616c6c656e67657220646964206e6f742077696e6044820152606401610560565b5f815f01548154811061153a5761153a611c37565b905f5260205f20906005020160010160089054906101000a900460ff166115a35760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a20636c61696d206e6f7420736574746c65640000000000000000006044820152606401610560565b600381015462010000900460ff16156115fe5760405162461bcd60e51b815260206004820152601d60248201527f4f704d4c3a2072657761726420616c72656164792063726564697465640000006044820152606401610560565b60038101805462ff0000191662010000179055600181015481545f90815260046020526040902054611639916001600160a01b031690611952565b5050565b5f7f000000000000000000000000000000000000000000000000000000000000000034146116d35760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a2076616c7565206d7573742062652074686520636c61696d20626f60448201527f6e640000000000000000000000000000000000000000000000000000000000006064820152608401610560565b505f8054604080516101208101825233815267ffffffffffffffff42166020820152808201849052606081018490526080810184905260a0810184905260c08101899052905191929160e082019061172e9089908990611d6a565b60405180910390208152602001858560405161174b929190611d6a565b60408051918290039091209091528254600180820185555f94855260208086208551600590940201805486830151878701516001600160a01b039096167fffffffff0000000000000000000000000000000000000000000000000000000090921691909117600160a01b67ffffffffffffffff90921691909102177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b63ffffffff9586160217815560608601519281018054608088015160a089015195871667ffffffffffffffff199092169190911764010000000091909616029490941768ff0000000000000000191668010000000000000000931515939093029290921790925560c084015160028083019190915560e0850151600383015561010090940151600490910155848452919091529020611889838583611dd9565b5085336001600160a01b0316827f2b8b045bb0f147a9eb12b1e0e111ca58b9c63f437a9f95eb732c2de738f57366888888886040516118cb9493929190611ebb565b60405180910390a495945050505050565b5f8054821061192d5760405162461bcd60e51b815260206004820152601360248201527f4f704d4c3a206e6f207375636820636c61696d000000000000000000000000006044820152606401610560565b5f828154811061193f5761193f611c37565b905f5260205f2090600502019050919050565b805f0361195d575050565b6001600160a01b0382165f9081526005602052604081208054839290611984908490611cbf565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200161071d565b5f602082840312156119d4575f5ffd5b5035919050565b5f610120820190506001600160a01b03835116825267ffffffffffffffff60208401511660208301526040830151611a1b604084018263ffffffff169052565b506060830151611a33606084018263ffffffff169052565b506080830151611a4b608084018263ffffffff169052565b5060a0830151611a5f60a084018215159052565b5060c083015160c083015260e083015160e083015261010083015161010083015292915050565b634e487b7160e01b5f52602160045260245ffd5b60048110611ab657634e487b7160e01b5f52602160045260245ffd5b9052565b611ac48184611a9a565b604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b602080825282518282018190525f918401906040840190835b81811015611b34578351835260209384019390920191600101611b16565b509095945050505050565b60208101611b4d8284611a9a565b92915050565b5f60208284031215611b63575f5ffd5b81356001600160a01b038116811461144d575f5ffd5b5f5f83601f840112611b89575f5ffd5b50813567ffffffffffffffff811115611ba0575f5ffd5b602083019150836020828501011115611bb7575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611bd2575f5ffd5b85359450602086013567ffffffffffffffff811115611bef575f5ffd5b611bfb88828901611b79565b909550935050604086013567ffffffffffffffff811115611c1a575f5ffd5b611c2688828901611b79565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611c5b575f5ffd5b81516004811061144d575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b5f63ffffffff821680611c9257611c92611c69565b5f190192915050565b5f63ffffffff821663ffffffff8103611cb657611cb6611c69565b60010192915050565b80820180821115611b4d57611b4d611c69565b5f82611cec57634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417611b4d57611b4d611c69565b81810381811115611b4d57611b4d611c69565b600181811c90821680611d2f57607f821691505b602082108103611d4d57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611d63575f5ffd5b5051919050565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b601f821115611dd457805f5260205f20601f840160051c81016020851015611db25750805b601f840160051c820191505b81811015611dd1575f8155600101611dbe565b50505b505050565b67ffffffffffffffff831115611df157611df1611d79565b611e0583611dff8354611d1b565b83611d8d565b5f601f841160018114611e36575f8515611e1f5750838201355b5f19600387901b1c1916600186901b178355611dd1565b5f83815260208120601f198716915b82811015611e655786850135825560209485019460019092019101611e45565b5086821015611e81575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f611ece604083018688611e93565b8281036020840152611ee1818587611e93565b97965050505050505056",
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
