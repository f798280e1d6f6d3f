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

// ModelRegistryDAChallenge is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryDAChallenge struct {
	Model      [32]byte
	Challenger common.Address
	Status     uint8
	Index      uint64
	Responder  common.Address
	Deadline   uint64
}

// ModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModel struct {
	Registrant      common.Address
	Status          uint8
	Length          uint64
	MaxInputBytes   uint64
	MaxOutputBytes  uint64
	RegisteredBlock uint64
	OpenDA          uint32
	LastAnsweredAt  uint64
	Root            [32]byte
}

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
	Submitter        common.Address
	SubmittedAt      uint64
	SubmittedBlock   uint64
	Challenges       uint32
	Open             uint32
	Wins             uint32
	Settled          bool
	ModelUnavailable bool
	Model            [32]byte
	InputHash        [32]byte
	OutputHash       [32]byte
}

// OpMLMetaData contains all meta data concerning the OpML contract.
var OpMLMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"_game\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"_challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_clock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"_claimBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_challengeBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"_maxInputBytes\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_maxOutputBytes\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"_registrationBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_daBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"_daWindow\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"daChallengeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"BlockPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ChallengeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"}],\"name\":\"ChallengeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ClaimSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"daChallengeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"DAChallengeExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"daChallengeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DAChallengeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxInputBytes\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxOutputBytes\",\"type\":\"uint64\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"daChallengeId\",\"type\":\"uint256\"}],\"name\":\"ModelUnavailable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOCK_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BLOCK_HEIGHT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEY_TYPE_COMMITTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INPUT_BYTES\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUT_BYTES\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"blockCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challengeable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"challengesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"claimCall\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"claimReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daChallengeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"getChallenge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"resolved\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"rewarded\",\"type\":\"bool\"}],\"internalType\":\"structOpML.Challenge\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getClaim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"challenges\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"wins\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"modelUnavailable\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOpML.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"daChallengeId\",\"type\":\"uint256\"}],\"name\":\"getDAChallenge\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"enumModelRegistry.DAStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"responder\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structModelRegistry.DAChallenge\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"},{\"internalType\":\"enumModelRegistry.ModelStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxInputBytes\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxOutputBytes\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDA\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"lastAnsweredAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"getResult\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInputBytes\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxOutputBytes\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"modelAddress\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"}],\"name\":\"namesModel\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"openDAChallenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"postedIn\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxInputBytes\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxOutputBytes\",\"type\":\"uint64\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrationBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeId\",\"type\":\"uint256\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"daChallengeId\",\"type\":\"uint256\"}],\"name\":\"resolveDA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"daChallengeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"respondDA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"rewardShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumOpML.ClaimStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "OpML",
	Bin: "0x6101c0604052348015610010575f5ffd5b5060405161496f38038061496f83398101604081905261002f916103c6565b8282825f83116100945760405162461bcd60e51b815260206004820152602560248201527f4d6f64656c52656769737472793a207a65726f20726567697374726174696f6e60448201526408189bdb9960da1b60648201526084015b60405180910390fd5b5f82116100e35760405162461bcd60e51b815260206004820152602a60248201525f51602061494f5f395f51905f526044820152691a5b1a5d1e48189bdb9960b21b606482015260840161008b565b5f816001600160401b03161161013d5760405162461bcd60e51b815260206004820152602c60248201525f51602061494f5f395f51905f5260448201526b696c6974792077696e646f7760a01b606482015260840161008b565b60809290925260a0526001600160401b0390811660c05289161580159061016c57505f886001600160401b0316115b6101b85760405162461bcd60e51b815260206004820152601a60248201527f4f704d4c3a207a65726f2077696e646f77206f7220636c6f636b000000000000604482015260640161008b565b5f87116102075760405162461bcd60e51b815260206004820152601560248201527f4f704d4c3a207a65726f20636c61696d20626f6e640000000000000000000000604482015260640161008b565b5f86116102565760405162461bcd60e51b815260206004820152601960248201527f4f704d4c3a207a65726f206368616c6c656e676520626f6e6400000000000000604482015260640161008b565b5f856001600160401b031611801561027a5750620100006001600160401b03861611155b6102df5760405162461bcd60e51b815260206004820152603060248201527f4f704d4c3a206d6178496e7075744279746573206d757374206265203120746f60448201526f204d41585f494e5055545f425954455360801b606482015260840161008b565b5f846001600160401b031611801561030257506120006001600160401b03851611155b6103695760405162461bcd60e51b815260206004820152603260248201527f4f704d4c3a206d61784f75747075744279746573206d757374206265203120746044820152716f204d41585f4f55545055545f425954455360701b606482015260840161008b565b5050506001600160a01b0390961660e0526001600160401b0394851661010052928416610120526101409190915261016052811661018052166101a05261046d565b80516001600160401b03811681146103c1575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f5f6101408b8d0312156103e0575f5ffd5b8a516001600160a01b03811681146103f6575f5ffd5b995061040460208c016103ab565b985061041260408c016103ab565b60608c015160808d01519199509750955061042f60a08c016103ab565b945061043d60c08c016103ab565b60e08c01516101008d01519195509350915061045c6101208c016103ab565b90509295989b9194979a5092959850565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516143e76105685f395f8181610593015261343801525f818161051a015261339801525f8181610560015281816118ac015281816118e6015261250801525f81816108d801528181611b9101528181611c3c01528181611cca01526132fa01525f81816106b5015261276101525f818161064f0152818161155801526115d601525f818161088d0152818161176a015261278a01525f818161071501526110cb01525f81816107d301528181610d5201528181612465015261322101525f818161044701528181612ced015261327a01526143e75ff3fe6080604052600436106102cc575f3560e01c80638da4d3c91161017b578063ad35efd4116100d1578063c7cf748411610087578063e984fe9311610062578063e984fe9314610944578063edb82dc814610957578063f2ec5e5a1461098b575f5ffd5b8063c7cf7484146108c7578063cd4c7ee6146108fa578063d5d44d8014610919575f5ffd5b8063b1c9a43a116100b7578063b1c9a43a14610853578063bc60c1b414610869578063c3fe3e281461087c575f5ffd5b8063ad35efd414610808578063ae169a5014610834575f5ffd5b80639cbe606f11610131578063a34edf5b1161010c578063a34edf5b146107a3578063a53b27f3146107c2578063ab82d9a0146107f5575f5ffd5b80639cbe606f14610737578063a29a7c6b14610763578063a2f057251461078f575f5ffd5b806391ddadf41161016157806391ddadf4146106a4578063995e4339146106d75780639b5d63aa14610704575f5ffd5b80638da4d3c9146106715780638df8280014610685575f5ffd5b80634453b3f411610230578063549ebdd6116101e657806375fa2eee116101c157806375fa2eee14610600578063761c7cfe1461061f578063861a14121461063e575f5ffd5b8063549ebdd6146105825780635aef2447146105b557806374828f49146105e1575f5ffd5b80634bae83ff116102165780634bae83ff146105095780634ea20a371461053c578063523051511461054f575f5ffd5b80634453b3f41461049e578063472f7e87146104de575f5ffd5b806321e7c49811610285578063373b9dbd1161026b578063373b9dbd146104365780633ccfd60b146104695780634371e46e1461047f575f5ffd5b806321e7c498146103dc57806334cad92814610408575f5ffd5b80631b91e3c2116102b55780631b91e3c2146103295780631bdd4b741461033d5780631bfa2e13146103b6575f5ffd5b806313a87e02146102d0578063176782b1146102f7575b5f5ffd5b3480156102db575f5ffd5b506102e4600b81565b6040519081526020015b60405180910390f35b348015610302575f5ffd5b50610319610311366004613b88565b5f1a60031490565b60405190151581526020016102ee565b348015610334575f5ffd5b506001546102e4565b348015610348575f5ffd5b5061035c610357366004613b88565b6109a1565b6040516102ee91905f60c082019050825182526001600160a01b0360208401511660208301526040830151604083015260608301511515606083015260808301511515608083015260a0830151151560a083015292915050565b3480156103c1575f5ffd5b506103ca600381565b60405160ff90911681526020016102ee565b3480156103e7575f5ffd5b506103fb6103f6366004613b88565b610aae565b6040516102ee9190613bb3565b348015610413575f5ffd5b5061041d61200081565b60405167ffffffffffffffff90911681526020016102ee565b348015610441575f5ffd5b506102e47f000000000000000000000000000000000000000000000000000000000000000081565b348015610474575f5ffd5b5061047d610bc7565b005b34801561048a575f5ffd5b506102e4610499366004613cac565b610d01565b3480156104a9575f5ffd5b5061041d6104b8366004613cc5565b600260209081525f928352604080842090915290825290205467ffffffffffffffff1681565b3480156104e9575f5ffd5b506102e46104f8366004613b88565b60086020525f908152604090205481565b348015610514575f5ffd5b5061041d7f000000000000000000000000000000000000000000000000000000000000000081565b6102e461054a366004613ce5565b610d42565b34801561055a575f5ffd5b506102e47f000000000000000000000000000000000000000000000000000000000000000081565b34801561058d575f5ffd5b5061041d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105c0575f5ffd5b506105d46105cf366004613b88565b611361565b6040516102ee9190613d0f565b3480156105ec575f5ffd5b506102e46105fb366004613ce5565b61147e565b34801561060b575f5ffd5b5061031961061a366004613b88565b611526565b34801561062a575f5ffd5b5061047d610639366004613b88565b611609565b348015610649575f5ffd5b5061041d7f000000000000000000000000000000000000000000000000000000000000000081565b34801561067c575f5ffd5b506004546102e4565b348015610690575f5ffd5b5061047d61069f366004613b88565b61194a565b3480156106af575f5ffd5b5061041d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156106e2575f5ffd5b506106f66106f1366004613b88565b611d3f565b6040516102ee929190613e06565b34801561070f575f5ffd5b5061041d7f000000000000000000000000000000000000000000000000000000000000000081565b348015610742575f5ffd5b50610756610751366004613b88565b611dec565b6040516102ee9190613e4b565b34801561076e575f5ffd5b5061078261077d366004613b88565b611e4b565b6040516102ee9190613e8d565b34801561079a575f5ffd5b506005546102e4565b3480156107ae575f5ffd5b5061047d6107bd366004613f44565b611f23565b3480156107cd575f5ffd5b506102e47f000000000000000000000000000000000000000000000000000000000000000081565b6102e4610803366004613b88565b6124f9565b348015610813575f5ffd5b50610827610822366004613b88565b612a2a565b6040516102ee9190613feb565b34801561083f575f5ffd5b5061047d61084e366004613b88565b612b00565b34801561085e575f5ffd5b506102e46201000081565b6102e4610877366004613ffe565b612cea565b348015610887575f5ffd5b506108af7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102ee565b3480156108d2575f5ffd5b506102e47f000000000000000000000000000000000000000000000000000000000000000081565b348015610905575f5ffd5b5061047d610914366004613b88565b61302a565b348015610924575f5ffd5b506102e4610933366004614048565b60096020525f908152604090205481565b6102e461095236600461406e565b6132f7565b348015610962575f5ffd5b50610976610971366004613b88565b613957565b604080519283526020830191909152016102ee565b348015610996575f5ffd5b5061041d6201000081565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526005548210610a285760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e676500000000000000000060448201526064015b60405180910390fd5b60058281548110610a3b57610a3b6140e7565b5f9182526020918290206040805160c08101825260049093029091018054835260018101546001600160a01b03169383019390935260028301549082015260039091015460ff8082161515606084015261010082048116151560808401526201000090910416151560a082015292915050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091525f82815260208181526040918290208251610120810190935280546001600160a01b03811684529091830190600160a01b900460ff166002811115610b3d57610b3d613b9f565b6002811115610b4e57610b4e613b9f565b81528154600160a81b900467ffffffffffffffff90811660208301526001830154808216604084015268010000000000000000810482166060840152600160801b810482166080840152600160c01b900463ffffffff1660a083015260028301541660c082015260039091015460e09091015292915050565b335f9081526009602052604090205480610c235760405162461bcd60e51b815260206004820152601960248201527f4f704d4c3a206e6f7468696e6720746f207769746864726177000000000000006044820152606401610a1f565b335f818152600960205260408082208290555190919083908381818185875af1925050503d805f8114610c71576040519150601f19603f3d011682016040523d82523d5f602084013e610c76565b606091505b5050905080610cc75760405162461bcd60e51b815260206004820152601560248201527f4f704d4c3a207472616e73666572206661696c656400000000000000000000006044820152606401610a1f565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a25050565b5f5f610d0c83613979565b91508190506001610d278267ffffffffffffffff871661410f565b610d319190614122565b610d3b9190614135565b9392505050565b5f828152602081905260408120347f000000000000000000000000000000000000000000000000000000000000000014610de45760405162461bcd60e51b815260206004820152603760248201527f4d6f64656c52656769737472793a2076616c7565206d7573742062652074686560448201527f20646174612d617661696c6162696c69747920626f6e640000000000000000006064820152608401610a1f565b5f8154600160a01b900460ff166002811115610e0257610e02613b9f565b03610e755760405162461bcd60e51b815260206004820152602360248201527f4d6f64656c52656769737472793a206d6f64656c206e6f74207265676973746560448201527f72656400000000000000000000000000000000000000000000000000000000006064820152608401610a1f565b60018154600160a01b900460ff166002811115610e9457610e94613b9f565b14610ee15760405162461bcd60e51b815260206004820181905260248201527f4d6f64656c52656769737472793a206d6f64656c20756e617661696c61626c656044820152606401610a1f565b80545f90610eff90600160a81b900467ffffffffffffffff16613979565b8354909250829150600190610f26908390600160a81b900467ffffffffffffffff1661410f565b610f309190614122565b610f3a9190614135565b8467ffffffffffffffff1610610f925760405162461bcd60e51b815260206004820152601c60248201527f4d6f64656c52656769737472793a206e6f207375636820626c6f636b000000006044820152606401610a1f565b5f85815260026020908152604080832067ffffffffffffffff8089168552925290912054161561102a5760405162461bcd60e51b815260206004820152602360248201527f4d6f64656c52656769737472793a20626c6f636b20616c726561647920706f7360448201527f74656400000000000000000000000000000000000000000000000000000000006064820152608401610a1f565b5f85815260036020908152604080832067ffffffffffffffff88168452909152902054156110c05760405162461bcd60e51b815260206004820152602760248201527f4d6f64656c52656769737472793a20626c6f636b20616c72656164792063686160448201527f6c6c656e676564000000000000000000000000000000000000000000000000006064820152608401610a1f565b60015492505f6110f07f000000000000000000000000000000000000000000000000000000000000000042614154565b6040805160c0810182528881523360208201908152600192820183815267ffffffffffffffff8a811660608501525f6080850181905290861660a085015284548086018655949052825160039485027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810191825592517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf790930180546001600160a01b0390941673ffffffffffffffffffffffffffffffffffffffff1985168117825592519697509395909490939274ffffffffffffffffffffffffffffffffffffffffff191690911790600160a01b9084908111156111f3576111f3613b9f565b02179055506060820151600182810180547fffffff0000000000000000ffffffffffffffffffffffffffffffffffffffffff16600160a81b67ffffffffffffffff9485160217905560808401516002909301805460a0909501516001600160a01b039094167fffffffff0000000000000000000000000000000000000000000000000000000090951694909417600160a01b93909216929092021790915561129c90859061410f565b5f87815260036020908152604080832067ffffffffffffffff8a168452909152902055600183018054600160c01b900463ffffffff169060186112de83614174565b91906101000a81548163ffffffff021916908363ffffffff16021790555050336001600160a01b031686857ff15dfffd41118cb2884fb47883cef66e5a71b22ecc74c9ad4f22fa68c00676e4888560405161135092919067ffffffffffffffff92831681529116602082015260400190565b60405180910390a450505092915050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091526113c28261399e565b604080516101608101825282546001600160a01b038116825267ffffffffffffffff600160a01b918290048116602084015260018501549081169383019390935263ffffffff68010000000000000000840481166060840152600160601b840481166080840152600160801b84041660a083015260ff9083048116151560c0830152600160a81b909204909116151560e08201526002820154610100820152600382015461012082015260049091015461014082015292915050565b5f5f83836040516020016114c192919091825260c01b7fffffffffffffffff00000000000000000000000000000000000000000000000016602082015260280190565b60408051601f1981840301815291905280516020909101207effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0300000000000000000000000000000000000000000000000000000000000000179150505b92915050565b5f5f6115318361399e565b60028101545f9081526020819052604090208154919250906115879067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b90041661410f565b4210806115a457506001810154600160c01b900463ffffffff1615155b806116015750600281015467ffffffffffffffff1615801590611601575060028101546115fe9067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116911661410f565b42105b949350505050565b600554811061165a5760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e67650000000000000000006044820152606401610a1f565b5f6005828154811061166e5761166e6140e7565b5f9182526020909120600490910201600381015490915060ff16156116d55760405162461bcd60e51b815260206004820181905260248201527f4f704d4c3a206368616c6c656e676520616c7265616479207265736f6c7665646044820152606401610a1f565b5f6004825f0154815481106116ec576116ec6140e7565b5f918252602090912060059091020190506001600280838101545f90815260208190526040902054600160a01b900460ff169081111561172e5761172e613b9f565b146117f157600360028401546040517f4f896d4f00000000000000000000000000000000000000000000000000000000815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634f896d4f906024016020604051808303815f875af11580156117b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117dc9190614198565b60038111156117ed576117ed613b9f565b1490505b60038301805460ff191660019081179091558201805463ffffffff600160601b9091041690600c611821836141b6565b825463ffffffff91821661010093840a90810292021916179091556003850180548415801590930261ff001990911617905590506118d557600182018054600160801b900463ffffffff1690601061187883614174565b825463ffffffff9182166101009390930a92830291909202199091161790555060018301546118d0906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000613a17565b61190a565b815461190a906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000613a17565b825460405182151581528591907fbd52aeca4d2bf9f656aa31a1dc25df0bc5943fd860b7b360066edd1e7c0c42bc9060200160405180910390a350505050565b5f6119548261399e565b6001810154909150600160a01b900460ff16156119b35760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a20636c61696d20616c726561647920736574746c656400000000006044820152606401610a1f565b60028101545f9081526020819052604090206001810154600160c01b900463ffffffff1615611a4a5760405162461bcd60e51b815260206004820152603860248201527f4f704d4c3a206120646174612d617661696c6162696c697479206368616c6c6560448201527f6e6765206f6620746865206d6f64656c206973206f70656e00000000000000006064820152608401610a1f565b611a5383611526565b15611ac65760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206e6f74206f7660448201527f65720000000000000000000000000000000000000000000000000000000000006064820152608401610a1f565b6001820154600160601b900463ffffffff1615611b255760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a206368616c6c656e676573207374696c6c206f70656e00000000006044820152606401610a1f565b60018201805460ff60a01b1916600160a01b1790555f60028254600160a01b900460ff166002811115611b5a57611b5a613b9f565b600185015491149150600160801b900463ffffffff16158015611b7b575080155b15611bf4578254611bb5906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000613a17565b837f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de6002604051611be69190613feb565b60405180910390a250505050565b60018301805460ff60a81b1916600160a81b8315150217908190555f90600160801b900463ffffffff1615611c6f576001840154600160801b900463ffffffff16611c6060027f0000000000000000000000000000000000000000000000000000000000000000614135565b611c6a9190614135565b611c71565b5f5b5f868152600860205260409020819055600185015490915085907fcec1bae6e024d929f2929f3478ce70f55f9c636c8ef7b5073a61d7c3a432451b90611cc490600160801b900463ffffffff16846141d4565b611cee907f0000000000000000000000000000000000000000000000000000000000000000614122565b60405190815260200160405180910390a2847f34c44810c771e3d270f31fcff18a4b3aae2fe530554d6c80c81c49b876aef5de6003604051611d309190613feb565b60405180910390a25050505050565b5f6060611d4b83612a2a565b5f84815260066020526040902080548190611d65906141eb565b80601f0160208091040260200160405190810160405280929190818152602001828054611d91906141eb565b8015611ddc5780601f10611db357610100808354040283529160200191611ddc565b820191905f5260205f20905b815481529060010190602001808311611dbf57829003601f168201915b5050505050905091509150915091565b5f81815260076020908152604091829020805483518184028101840190945280845260609392830182828015611e3f57602002820191905f5260205f20905b815481526020019060010190808311611e2b575b50505050509050919050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152611e8582613a89565b6040805160c0810182528254815260018301546001600160a01b0381166020830152909291830190600160a01b900460ff166003811115611ec857611ec8613b9f565b6003811115611ed957611ed9613b9f565b8152600182015467ffffffffffffffff600160a81b909104811660208301526002909201546001600160a01b0381166040830152600160a01b900490911660609091015292915050565b5f611f2d86613a89565b9050600180820154600160a01b900460ff166003811115611f5057611f50613b9f565b14611fa75760405162461bcd60e51b815260206004820152602160248201527f4d6f64656c52656769737472793a206368616c6c656e6765206e6f74206f70656044820152603760f91b6064820152608401610a1f565b6002810154600160a01b900467ffffffffffffffff1642106120315760405162461bcd60e51b815260206004820152602660248201527f4d6f64656c52656769737472793a20726573706f6e73652077696e646f77206960448201527f73206f76657200000000000000000000000000000000000000000000000000006064820152608401610a1f565b80545f90815260208190526040902060018154600160a01b900460ff16600281111561205f5761205f613b9f565b146120ac5760405162461bcd60e51b815260206004820181905260248201527f4d6f64656c52656769737472793a206d6f64656c20756e617661696c61626c656044820152606401610a1f565b80545f9081906120cc90600160a81b900467ffffffffffffffff16613979565b600186015491935091505f906120f4908390600160a81b900467ffffffffffffffff166141d4565b84549091505f908390612119908490600160a81b900467ffffffffffffffff16614122565b106121245782612142565b8454612142908390600160a81b900467ffffffffffffffff16614122565b905088811461219d5760405162461bcd60e51b815260206004820152602160248201527f4d6f64656c52656769737472793a2077726f6e6720626c6f636b206c656e67746044820152600d60fb1b6064820152608401610a1f565b845484906121bb90600160a81b900467ffffffffffffffff16613b02565b6121c59190614122565b871461221d5760405162461bcd60e51b815260206004820152602160248201527f4d6f64656c52656769737472793a2077726f6e672070726f6f66206c656e67746044820152600d60fb1b6064820152608401610a1f565b5f6122298b8b87613b30565b6001880154909150600160a81b900467ffffffffffffffff165f5b898110156122fd5760018216156122a4578a8a82818110612267576122676140e7565b9050602002013583604051602001612289929190918252602082015260400190565b604051602081830303815290604052805190602001206122ef565b828b8b838181106122b7576122b76140e7565b905060200201356040516020016122d8929190918252602082015260400190565b604051602081830303815290604052805190602001205b9250600191821c9101612244565b50866003015482146123775760405162461bcd60e51b815260206004820152602d60248201527f4d6f64656c52656769737472793a20626c6f636b20646f6573206e6f74206d6160448201527f74636820746865206d6f64656c000000000000000000000000000000000000006064820152608401610a1f565b6001888101805460ff60a01b1916600160a11b17905560028901805473ffffffffffffffffffffffffffffffffffffffff1916331790558701805463ffffffff600160c01b909104169060186123cc836141b6565b825463ffffffff9182166101009390930a9283029190920219909116179055506002808801805467ffffffffffffffff42811667ffffffffffffffff19928316179092558a545f9081526020938452604080822060018e018054600160a81b908190048716855291875282842080544388169616959095179094558d5483526003865281832093540490931681529252812055612489337f0000000000000000000000000000000000000000000000000000000000000000613a17565b8760010160159054906101000a900467ffffffffffffffff1667ffffffffffffffff16885f01548e7ff36779b39f9837b8ed2009cc065919bed5ce0524b1e5c03ec4da8930b7f41cce8f8f6040516124e292919061424b565b60405180910390a450505050505050505050505050565b5f5f6125048361399e565b90507f0000000000000000000000000000000000000000000000000000000000000000341461259b5760405162461bcd60e51b815260206004820152602660248201527f4f704d4c3a2076616c7565206d75737420626520746865206368616c6c656e6760448201527f6520626f6e6400000000000000000000000000000000000000000000000000006064820152608401610a1f565b6001810154600160a01b900460ff16156125f75760405162461bcd60e51b815260206004820152601b60248201527f4f704d4c3a20636c61696d20616c726561647920736574746c656400000000006044820152606401610a1f565b600280828101545f90815260208190526040902054600160a01b900460ff169081111561262657612626613b9f565b036126995760405162461bcd60e51b815260206004820152602f60248201527f4f704d4c3a206d6f64656c20756e617661696c61626c65202874686520636c6160448201527f696d2069732072656a65637465642900000000000000000000000000000000006064820152608401610a1f565b6126a283611526565b6126ee5760405162461bcd60e51b815260206004820152601e60248201527f4f704d4c3a206368616c6c656e67652077696e646f77206973206f76657200006044820152606401610a1f565b8054600282015460038301546004808501546040517fcb6d18b40000000000000000000000000000000000000000000000000000000081526001600160a01b039586169281019290925233602483015260448201939093526064810191909152608481019190915267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660a48201525f917f0000000000000000000000000000000000000000000000000000000000000000169063cb6d18b49060c4016020604051808303815f875af11580156127d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127f4919061425e565b600580546040805160c0810182528881523360208083019182528284018781525f606085018181526080860182815260a087018381526001808b018c559a845296517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db060048b029081019190915595517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db18701805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0390921691909117905592517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db2860155517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db390940180549251955161ffff1990931694151561ff00191694909417610100951515959095029490941762ff00001916620100009115159190910217909155898252600781529181208054808601825590825291902001819055908401805491955091925068010000000000000000900463ffffffff1690600861297c83614174565b91906101000a81548163ffffffff021916908363ffffffff1602179055505081600101600c81819054906101000a900463ffffffff16809291906129bf90614174565b91906101000a81548163ffffffff021916908363ffffffff16021790555050336001600160a01b031683857f3aa44c3149ded8270c48a3e76c4d50ac75d3d1718450bf5ccb698338fd4f05c084604051612a1b91815260200190565b60405180910390a45050919050565b6004545f908210612a3c57505f919050565b5f60048381548110612a5057612a506140e7565b905f5260205f20906005020190505f8160010160109054906101000a900463ffffffff1663ffffffff161180612a9157506001810154600160a81b900460ff165b15612a9f5750600392915050565b6001810154600160a01b900460ff1615612abc5750600292915050565b600280828101545f90815260208190526040902054600160a01b900460ff1690811115612aeb57612aeb613b9f565b14612af7576001610d3b565b60039392505050565b6005548110612b515760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206e6f2073756368206368616c6c656e67650000000000000000006044820152606401610a1f565b5f60058281548110612b6557612b656140e7565b905f5260205f20906004020190508060030160019054906101000a900460ff16612bd15760405162461bcd60e51b815260206004820181905260248201527f4f704d4c3a20746865206368616c6c656e67657220646964206e6f742077696e6044820152606401610a1f565b6004815f015481548110612be757612be76140e7565b905f5260205f20906005020160010160149054906101000a900460ff16612c505760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a20636c61696d206e6f7420736574746c65640000000000000000006044820152606401610a1f565b600381015462010000900460ff1615612cab5760405162461bcd60e51b815260206004820152601d60248201527f4f704d4c3a2072657761726420616c72656164792063726564697465640000006044820152606401610a1f565b60038101805462ff0000191662010000179055600181015481545f90815260086020526040902054612ce6916001600160a01b031690613a17565b5050565b5f7f00000000000000000000000000000000000000000000000000000000000000003414612d805760405162461bcd60e51b815260206004820152603260248201527f4d6f64656c52656769737472793a2076616c7565206d7573742062652074686560448201527f20726567697374726174696f6e20626f6e6400000000000000000000000000006064820152608401610a1f565b5f8467ffffffffffffffff1611612dd95760405162461bcd60e51b815260206004820152601a60248201527f4d6f64656c52656769737472793a20656d707479206d6f64656c0000000000006044820152606401610a1f565b5f8367ffffffffffffffff16118015612dfb57505f8267ffffffffffffffff16115b612e475760405162461bcd60e51b815260206004820181905260248201527f4d6f64656c52656769737472793a207a65726f20636c61696d206c696d6974736044820152606401610a1f565b612e51858561147e565b5f8181526020819052604081209192508154600160a01b900460ff166002811115612e7e57612e7e613b9f565b14612ef15760405162461bcd60e51b815260206004820152602760248201527f4d6f64656c52656769737472793a206d6f64656c20616c72656164792072656760448201527f69737465726564000000000000000000000000000000000000000000000000006064820152608401610a1f565b805467ffffffffffffffff868116600160a81b81027fffffff0000000000000000ffffffffffffffffffffffffffffffffffffffffff600160a01b74ffffffffffffffffffffffffffffffffffffffffff1990951660ff60a01b1933908116919091179590951716178455600184018054438416600160801b027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff8986166801000000000000000081027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909416968c16968717939093171617909155600385018a9055604080518b81526020810193909352820192909252606081019190915283907f0660f84896e72d50473f981a27d3147f04d185478b0aeb8ad247f803b598ddde9060800160405180910390a350949350505050565b5f61303482613a89565b9050600180820154600160a01b900460ff16600381111561305757613057613b9f565b146130ae5760405162461bcd60e51b815260206004820152602160248201527f4d6f64656c52656769737472793a206368616c6c656e6765206e6f74206f70656044820152603760f91b6064820152608401610a1f565b6002810154600160a01b900467ffffffffffffffff164210156131395760405162461bcd60e51b815260206004820152602a60248201527f4d6f64656c52656769737472793a20726573706f6e73652077696e646f77206960448201527f73206e6f74206f766572000000000000000000000000000000000000000000006064820152608401610a1f565b80545f9081526020819052604090206001808301805460ff60a01b19167403000000000000000000000000000000000000000017905581018054600160c01b900463ffffffff1690601861318c836141b6565b825463ffffffff9182166101009390930a92830291909202199091161790555081545f90815260036020908152604080832060018601805467ffffffffffffffff600160a81b918290048116875292855283862095909555865490549251949092041683529185917f636bdde997146fadb896293c0702992f28e9d26b39d61bc5369c31651d1a6e13910160405180910390a37f000000000000000000000000000000000000000000000000000000000000000060018254600160a01b900460ff16600281111561325f5761325f613b9f565b036132d957815460ff60a01b1916600160a11b17825561329f7f00000000000000000000000000000000000000000000000000000000000000008261410f565b8354604051868152919250907f1b0ec098b627867c9fe7c337e450bef66b59f9816edfcf87dd0e85773e1660529060200160405180910390a25b60018301546132f1906001600160a01b031682613a17565b50505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000341461338d5760405162461bcd60e51b815260206004820152602260248201527f4f704d4c3a2076616c7565206d7573742062652074686520636c61696d20626f60448201527f6e640000000000000000000000000000000000000000000000000000000000006064820152608401610a1f565b67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001684111561342d5760405162461bcd60e51b815260206004820152602560248201527f4f704d4c3a20696e707574206c6f6e676572207468616e206d6178496e70757460448201527f42797465730000000000000000000000000000000000000000000000000000006064820152608401610a1f565b67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168211156134cd5760405162461bcd60e51b815260206004820152602760248201527f4f704d4c3a206f7574707574206c6f6e676572207468616e206d61784f75747060448201527f75744279746573000000000000000000000000000000000000000000000000006064820152608401610a1f565b6134d9865f1a60031490565b156136d8575f868152602081905260408120908154600160a01b900460ff16600281111561350957613509613b9f565b036135565760405162461bcd60e51b815260206004820152601a60248201527f4f704d4c3a206d6f64656c206e6f7420726567697374657265640000000000006044820152606401610a1f565b60018154600160a01b900460ff16600281111561357557613575613b9f565b146135c25760405162461bcd60e51b815260206004820152601760248201527f4f704d4c3a206d6f64656c20756e617661696c61626c650000000000000000006044820152606401610a1f565b600181015467ffffffffffffffff168511156136465760405162461bcd60e51b815260206004820152603160248201527f4f704d4c3a20696e707574206c6f6e676572207468616e20746865206d6f646560448201527f6c2773206d6178496e70757442797465730000000000000000000000000000006064820152608401610a1f565b600181015468010000000000000000900467ffffffffffffffff168311156136d65760405162461bcd60e51b815260206004820152603360248201527f4f704d4c3a206f7574707574206c6f6e676572207468616e20746865206d6f6460448201527f656c2773206d61784f75747075744279746573000000000000000000000000006064820152608401610a1f565b505b5060048054604080516101608101825233815267ffffffffffffffff42811660208301524316818301525f606082018190526080820181905260a0820181905260c0820181905260e0820152610100810189905290519192916101208201906137449089908990614275565b604051809103902081526020018585604051613761929190614275565b60408051918290039091209091528254600180820185555f948552602080862085516005909402018054868301516001600160a01b039095167fffffffff0000000000000000000000000000000000000000000000000000000090911617600160a01b67ffffffffffffffff9586168102919091178255868601519382018054606089015160808a015160a08b015160c08c015160e08d015199909a166bffffffffffffffffffffffff19909416939093176801000000000000000063ffffffff93841602177fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff16600160601b918316919091027fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1617600160801b9190921602177fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff1695151590910260ff60a81b191694909417600160a81b93151593909302929092179092556101008401516002820155610120840151600382015561014090930151600490930192909255838352600690915290206139048385836142e4565b5085336001600160a01b0316827f2b8b045bb0f147a9eb12b1e0e111ca58b9c63f437a9f95eb732c2de738f5736688888888604051613946949392919061439e565b60405180910390a495945050505050565b5f5f5f6139638461399e565b9050806002015481600301549250925050915091565b5f5f61398483613b02565b9150600b82111561399457600b91505b50916020831b9150565b6004545f9082106139f15760405162461bcd60e51b815260206004820152601360248201527f4f704d4c3a206e6f207375636820636c61696d000000000000000000000000006044820152606401610a1f565b60048281548110613a0457613a046140e7565b905f5260205f2090600502019050919050565b805f03613a22575050565b6001600160a01b0382165f9081526009602052604081208054839290613a4990849061410f565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001610cf5565b6001545f908210613adc5760405162461bcd60e51b815260206004820181905260248201527f4d6f64656c52656769737472793a206e6f2073756368206368616c6c656e67656044820152606401610a1f565b60018281548110613aef57613aef6140e7565b905f5260205f2090600302019050919050565b5f5b67ffffffffffffffff82166020821b1015613b2b5780613b23816143cf565b915050613b04565b919050565b5f6020821b6040518136823784868237815b6020811115613b7d578060061c5f5b81811015613b73576040600682901b850120600582901b850152600101613b51565b505060011c613b42565b505195945050505050565b5f60208284031215613b98575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b81516001600160a01b03168152602082015161012082019060038110613bdb57613bdb613b9f565b806020840152506040830151613bfd604084018267ffffffffffffffff169052565b506060830151613c19606084018267ffffffffffffffff169052565b506080830151613c35608084018267ffffffffffffffff169052565b5060a0830151613c5160a084018267ffffffffffffffff169052565b5060c0830151613c6960c084018263ffffffff169052565b5060e0830151613c8560e084018267ffffffffffffffff169052565b5061010092830151919092015290565b803567ffffffffffffffff81168114613b2b575f5ffd5b5f60208284031215613cbc575f5ffd5b610d3b82613c95565b5f5f60408385031215613cd6575f5ffd5b50508035926020909101359150565b5f5f60408385031215613cf6575f5ffd5b82359150613d0660208401613c95565b90509250929050565b81516001600160a01b0316815261016081016020830151613d3c602084018267ffffffffffffffff169052565b506040830151613d58604084018267ffffffffffffffff169052565b506060830151613d70606084018263ffffffff169052565b506080830151613d88608084018263ffffffff169052565b5060a0830151613da060a084018263ffffffff169052565b5060c0830151613db460c084018215159052565b5060e0830151613dc860e084018215159052565b5061010083015161010083015261012083015161012083015261014083015161014083015292915050565b60048110613e0357613e03613b9f565b50565b613e0f83613df3565b828152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b602080825282518282018190525f918401906040840190835b81811015613e82578351835260209384019390920191600101613e64565b509095945050505050565b815181526020808301516001600160a01b031690820152604082015160c0820190613eb781613df3565b8060408401525067ffffffffffffffff60608401511660608301526001600160a01b03608084015116608083015267ffffffffffffffff60a08401511660a083015292915050565b5f5f83601f840112613f0f575f5ffd5b50813567ffffffffffffffff811115613f26575f5ffd5b602083019150836020828501011115613f3d575f5ffd5b9250929050565b5f5f5f5f5f60608688031215613f58575f5ffd5b85359450602086013567ffffffffffffffff811115613f75575f5ffd5b613f8188828901613eff565b909550935050604086013567ffffffffffffffff811115613fa0575f5ffd5b8601601f81018813613fb0575f5ffd5b803567ffffffffffffffff811115613fc6575f5ffd5b8860208260051b8401011115613fda575f5ffd5b959894975092955050506020019190565b60208101613ff883613df3565b91905290565b5f5f5f5f60808587031215614011575f5ffd5b8435935061402160208601613c95565b925061402f60408601613c95565b915061403d60608601613c95565b905092959194509250565b5f60208284031215614058575f5ffd5b81356001600160a01b0381168114610d3b575f5ffd5b5f5f5f5f5f60608688031215614082575f5ffd5b85359450602086013567ffffffffffffffff81111561409f575f5ffd5b6140ab88828901613eff565b909550935050604086013567ffffffffffffffff8111156140ca575f5ffd5b6140d688828901613eff565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115611520576115206140fb565b81810381811115611520576115206140fb565b5f8261414f57634e487b7160e01b5f52601260045260245ffd5b500490565b67ffffffffffffffff8181168382160190811115611520576115206140fb565b5f63ffffffff821663ffffffff810361418f5761418f6140fb565b60010192915050565b5f602082840312156141a8575f5ffd5b815160048110610d3b575f5ffd5b5f63ffffffff8216806141cb576141cb6140fb565b5f190192915050565b8082028115828204841417611520576115206140fb565b600181811c908216806141ff57607f821691505b60208210810361421d57634e487b7160e01b5f52602260045260245ffd5b50919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f611601602083018486614223565b5f6020828403121561426e575f5ffd5b5051919050565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156142df57805f5260205f20601f840160051c810160208510156142bd5750805b601f840160051c820191505b818110156142dc575f81556001016142c9565b50505b505050565b67ffffffffffffffff8311156142fc576142fc614284565b6143108361430a83546141eb565b83614298565b5f601f841160018114614341575f851561432a5750838201355b5f19600387901b1c1916600186901b1783556142dc565b5f83815260208120601f198716915b828110156143705786850135825560209485019460019092019101614350565b508682101561438c575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b604081525f6143b1604083018688614223565b82810360208401526143c4818587614223565b979650505050505050565b5f600182016143e0576143e06140fb565b5060010190564d6f64656c52656769737472793a207a65726f20646174612d617661696c6162",
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
// Solidity: constructor(address _game, uint64 _challengeWindow, uint64 _clock, uint256 _claimBond, uint256 _challengeBond, uint64 _maxInputBytes, uint64 _maxOutputBytes, uint256 _registrationBond, uint256 _daBond, uint64 _daWindow) returns()
func (opML *OpML) PackConstructor(_game common.Address, _challengeWindow uint64, _clock uint64, _claimBond *big.Int, _challengeBond *big.Int, _maxInputBytes uint64, _maxOutputBytes uint64, _registrationBond *big.Int, _daBond *big.Int, _daWindow uint64) []byte {
	enc, err := opML.abi.Pack("", _game, _challengeWindow, _clock, _claimBond, _challengeBond, _maxInputBytes, _maxOutputBytes, _registrationBond, _daBond, _daWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBLOCKBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c9a43a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BLOCK_BYTES() view returns(uint256)
func (opML *OpML) PackBLOCKBYTES() []byte {
	enc, err := opML.abi.Pack("BLOCK_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBLOCKBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c9a43a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BLOCK_BYTES() view returns(uint256)
func (opML *OpML) TryPackBLOCKBYTES() ([]byte, error) {
	return opML.abi.Pack("BLOCK_BYTES")
}

// UnpackBLOCKBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c9a43a.
//
// Solidity: function BLOCK_BYTES() view returns(uint256)
func (opML *OpML) UnpackBLOCKBYTES(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("BLOCK_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBLOCKHEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13a87e02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BLOCK_HEIGHT() view returns(uint256)
func (opML *OpML) PackBLOCKHEIGHT() []byte {
	enc, err := opML.abi.Pack("BLOCK_HEIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBLOCKHEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13a87e02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BLOCK_HEIGHT() view returns(uint256)
func (opML *OpML) TryPackBLOCKHEIGHT() ([]byte, error) {
	return opML.abi.Pack("BLOCK_HEIGHT")
}

// UnpackBLOCKHEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13a87e02.
//
// Solidity: function BLOCK_HEIGHT() view returns(uint256)
func (opML *OpML) UnpackBLOCKHEIGHT(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("BLOCK_HEIGHT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKEYTYPECOMMITTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bfa2e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KEY_TYPE_COMMITTED() view returns(uint8)
func (opML *OpML) PackKEYTYPECOMMITTED() []byte {
	enc, err := opML.abi.Pack("KEY_TYPE_COMMITTED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKEYTYPECOMMITTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bfa2e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KEY_TYPE_COMMITTED() view returns(uint8)
func (opML *OpML) TryPackKEYTYPECOMMITTED() ([]byte, error) {
	return opML.abi.Pack("KEY_TYPE_COMMITTED")
}

// UnpackKEYTYPECOMMITTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bfa2e13.
//
// Solidity: function KEY_TYPE_COMMITTED() view returns(uint8)
func (opML *OpML) UnpackKEYTYPECOMMITTED(data []byte) (uint8, error) {
	out, err := opML.abi.Unpack("KEY_TYPE_COMMITTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
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

// PackBlockCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4371e46e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockCount(uint64 length) pure returns(uint256)
func (opML *OpML) PackBlockCount(length uint64) []byte {
	enc, err := opML.abi.Pack("blockCount", length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4371e46e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockCount(uint64 length) pure returns(uint256)
func (opML *OpML) TryPackBlockCount(length uint64) ([]byte, error) {
	return opML.abi.Pack("blockCount", length)
}

// UnpackBlockCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4371e46e.
//
// Solidity: function blockCount(uint64 length) pure returns(uint256)
func (opML *OpML) UnpackBlockCount(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("blockCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackChallengeable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75fa2eee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeable(uint256 claimId) view returns(bool)
func (opML *OpML) PackChallengeable(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("challengeable", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75fa2eee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeable(uint256 claimId) view returns(bool)
func (opML *OpML) TryPackChallengeable(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("challengeable", claimId)
}

// UnpackChallengeable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75fa2eee.
//
// Solidity: function challengeable(uint256 claimId) view returns(bool)
func (opML *OpML) UnpackChallengeable(data []byte) (bool, error) {
	out, err := opML.abi.Unpack("challengeable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackClaimCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedb82dc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCall(uint256 claimId) view returns(bytes32 model, bytes32 inputHash)
func (opML *OpML) PackClaimCall(claimId *big.Int) []byte {
	enc, err := opML.abi.Pack("claimCall", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedb82dc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCall(uint256 claimId) view returns(bytes32 model, bytes32 inputHash)
func (opML *OpML) TryPackClaimCall(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("claimCall", claimId)
}

// ClaimCallOutput serves as a container for the return parameters of contract
// method ClaimCall.
type ClaimCallOutput struct {
	Model     [32]byte
	InputHash [32]byte
}

// UnpackClaimCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedb82dc8.
//
// Solidity: function claimCall(uint256 claimId) view returns(bytes32 model, bytes32 inputHash)
func (opML *OpML) UnpackClaimCall(data []byte) (ClaimCallOutput, error) {
	out, err := opML.abi.Unpack("claimCall", data)
	outstruct := new(ClaimCallOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Model = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.InputHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
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

// PackDaBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53b27f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daBond() view returns(uint256)
func (opML *OpML) PackDaBond() []byte {
	enc, err := opML.abi.Pack("daBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53b27f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daBond() view returns(uint256)
func (opML *OpML) TryPackDaBond() ([]byte, error) {
	return opML.abi.Pack("daBond")
}

// UnpackDaBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa53b27f3.
//
// Solidity: function daBond() view returns(uint256)
func (opML *OpML) UnpackDaBond(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("daBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDaChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b91e3c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daChallengeCount() view returns(uint256)
func (opML *OpML) PackDaChallengeCount() []byte {
	enc, err := opML.abi.Pack("daChallengeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b91e3c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daChallengeCount() view returns(uint256)
func (opML *OpML) TryPackDaChallengeCount() ([]byte, error) {
	return opML.abi.Pack("daChallengeCount")
}

// UnpackDaChallengeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b91e3c2.
//
// Solidity: function daChallengeCount() view returns(uint256)
func (opML *OpML) UnpackDaChallengeCount(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("daChallengeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDaWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b5d63aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daWindow() view returns(uint64)
func (opML *OpML) PackDaWindow() []byte {
	enc, err := opML.abi.Pack("daWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b5d63aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daWindow() view returns(uint64)
func (opML *OpML) TryPackDaWindow() ([]byte, error) {
	return opML.abi.Pack("daWindow")
}

// UnpackDaWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b5d63aa.
//
// Solidity: function daWindow() view returns(uint64)
func (opML *OpML) UnpackDaWindow(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("daWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint64,uint32,uint32,uint32,bool,bool,bytes32,bytes32,bytes32))
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
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint64,uint32,uint32,uint32,bool,bool,bytes32,bytes32,bytes32))
func (opML *OpML) TryPackGetClaim(claimId *big.Int) ([]byte, error) {
	return opML.abi.Pack("getClaim", claimId)
}

// UnpackGetClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aef2447.
//
// Solidity: function getClaim(uint256 claimId) view returns((address,uint64,uint64,uint32,uint32,uint32,bool,bool,bytes32,bytes32,bytes32))
func (opML *OpML) UnpackGetClaim(data []byte) (OpMLClaim, error) {
	out, err := opML.abi.Unpack("getClaim", data)
	if err != nil {
		return *new(OpMLClaim), err
	}
	out0 := *abi.ConvertType(out[0], new(OpMLClaim)).(*OpMLClaim)
	return out0, nil
}

// PackGetDAChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29a7c6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDAChallenge(uint256 daChallengeId) view returns((bytes32,address,uint8,uint64,address,uint64))
func (opML *OpML) PackGetDAChallenge(daChallengeId *big.Int) []byte {
	enc, err := opML.abi.Pack("getDAChallenge", daChallengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDAChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29a7c6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDAChallenge(uint256 daChallengeId) view returns((bytes32,address,uint8,uint64,address,uint64))
func (opML *OpML) TryPackGetDAChallenge(daChallengeId *big.Int) ([]byte, error) {
	return opML.abi.Pack("getDAChallenge", daChallengeId)
}

// UnpackGetDAChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa29a7c6b.
//
// Solidity: function getDAChallenge(uint256 daChallengeId) view returns((bytes32,address,uint8,uint64,address,uint64))
func (opML *OpML) UnpackGetDAChallenge(data []byte) (ModelRegistryDAChallenge, error) {
	out, err := opML.abi.Unpack("getDAChallenge", data)
	if err != nil {
		return *new(ModelRegistryDAChallenge), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryDAChallenge)).(*ModelRegistryDAChallenge)
	return out0, nil
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e7c498.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(bytes32 model) view returns((address,uint8,uint64,uint64,uint64,uint64,uint32,uint64,bytes32))
func (opML *OpML) PackGetModel(model [32]byte) []byte {
	enc, err := opML.abi.Pack("getModel", model)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e7c498.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(bytes32 model) view returns((address,uint8,uint64,uint64,uint64,uint64,uint32,uint64,bytes32))
func (opML *OpML) TryPackGetModel(model [32]byte) ([]byte, error) {
	return opML.abi.Pack("getModel", model)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21e7c498.
//
// Solidity: function getModel(bytes32 model) view returns((address,uint8,uint64,uint64,uint64,uint64,uint32,uint64,bytes32))
func (opML *OpML) UnpackGetModel(data []byte) (ModelRegistryModel, error) {
	out, err := opML.abi.Unpack("getModel", data)
	if err != nil {
		return *new(ModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)
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

// PackModelAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74828f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelAddress(bytes32 root, uint64 length) pure returns(bytes32)
func (opML *OpML) PackModelAddress(root [32]byte, length uint64) []byte {
	enc, err := opML.abi.Pack("modelAddress", root, length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74828f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelAddress(bytes32 root, uint64 length) pure returns(bytes32)
func (opML *OpML) TryPackModelAddress(root [32]byte, length uint64) ([]byte, error) {
	return opML.abi.Pack("modelAddress", root, length)
}

// UnpackModelAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74828f49.
//
// Solidity: function modelAddress(bytes32 root, uint64 length) pure returns(bytes32)
func (opML *OpML) UnpackModelAddress(data []byte) ([32]byte, error) {
	out, err := opML.abi.Unpack("modelAddress", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNamesModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x176782b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function namesModel(bytes32 model) pure returns(bool)
func (opML *OpML) PackNamesModel(model [32]byte) []byte {
	enc, err := opML.abi.Pack("namesModel", model)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNamesModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x176782b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function namesModel(bytes32 model) pure returns(bool)
func (opML *OpML) TryPackNamesModel(model [32]byte) ([]byte, error) {
	return opML.abi.Pack("namesModel", model)
}

// UnpackNamesModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x176782b1.
//
// Solidity: function namesModel(bytes32 model) pure returns(bool)
func (opML *OpML) UnpackNamesModel(data []byte) (bool, error) {
	out, err := opML.abi.Unpack("namesModel", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOpenDAChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ea20a37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDAChallenge(bytes32 model, uint64 index) payable returns(uint256 id)
func (opML *OpML) PackOpenDAChallenge(model [32]byte, index uint64) []byte {
	enc, err := opML.abi.Pack("openDAChallenge", model, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDAChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ea20a37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDAChallenge(bytes32 model, uint64 index) payable returns(uint256 id)
func (opML *OpML) TryPackOpenDAChallenge(model [32]byte, index uint64) ([]byte, error) {
	return opML.abi.Pack("openDAChallenge", model, index)
}

// UnpackOpenDAChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ea20a37.
//
// Solidity: function openDAChallenge(bytes32 model, uint64 index) payable returns(uint256 id)
func (opML *OpML) UnpackOpenDAChallenge(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("openDAChallenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPostedIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4453b3f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postedIn(bytes32 , uint256 ) view returns(uint64)
func (opML *OpML) PackPostedIn(arg0 [32]byte, arg1 *big.Int) []byte {
	enc, err := opML.abi.Pack("postedIn", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostedIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4453b3f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postedIn(bytes32 , uint256 ) view returns(uint64)
func (opML *OpML) TryPackPostedIn(arg0 [32]byte, arg1 *big.Int) ([]byte, error) {
	return opML.abi.Pack("postedIn", arg0, arg1)
}

// UnpackPostedIn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4453b3f4.
//
// Solidity: function postedIn(bytes32 , uint256 ) view returns(uint64)
func (opML *OpML) UnpackPostedIn(data []byte) (uint64, error) {
	out, err := opML.abi.Unpack("postedIn", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc60c1b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 root, uint64 length, uint64 maxInputBytes, uint64 maxOutputBytes) payable returns(bytes32 model)
func (opML *OpML) PackRegisterModel(root [32]byte, length uint64, maxInputBytes uint64, maxOutputBytes uint64) []byte {
	enc, err := opML.abi.Pack("registerModel", root, length, maxInputBytes, maxOutputBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc60c1b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 root, uint64 length, uint64 maxInputBytes, uint64 maxOutputBytes) payable returns(bytes32 model)
func (opML *OpML) TryPackRegisterModel(root [32]byte, length uint64, maxInputBytes uint64, maxOutputBytes uint64) ([]byte, error) {
	return opML.abi.Pack("registerModel", root, length, maxInputBytes, maxOutputBytes)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc60c1b4.
//
// Solidity: function registerModel(bytes32 root, uint64 length, uint64 maxInputBytes, uint64 maxOutputBytes) payable returns(bytes32 model)
func (opML *OpML) UnpackRegisterModel(data []byte) ([32]byte, error) {
	out, err := opML.abi.Unpack("registerModel", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegistrationBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x373b9dbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrationBond() view returns(uint256)
func (opML *OpML) PackRegistrationBond() []byte {
	enc, err := opML.abi.Pack("registrationBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrationBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x373b9dbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrationBond() view returns(uint256)
func (opML *OpML) TryPackRegistrationBond() ([]byte, error) {
	return opML.abi.Pack("registrationBond")
}

// UnpackRegistrationBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x373b9dbd.
//
// Solidity: function registrationBond() view returns(uint256)
func (opML *OpML) UnpackRegistrationBond(data []byte) (*big.Int, error) {
	out, err := opML.abi.Unpack("registrationBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackResolveDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd4c7ee6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveDA(uint256 daChallengeId) returns()
func (opML *OpML) PackResolveDA(daChallengeId *big.Int) []byte {
	enc, err := opML.abi.Pack("resolveDA", daChallengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd4c7ee6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveDA(uint256 daChallengeId) returns()
func (opML *OpML) TryPackResolveDA(daChallengeId *big.Int) ([]byte, error) {
	return opML.abi.Pack("resolveDA", daChallengeId)
}

// PackRespondDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa34edf5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function respondDA(uint256 daChallengeId, bytes data, bytes32[] proof) returns()
func (opML *OpML) PackRespondDA(daChallengeId *big.Int, data []byte, proof [][32]byte) []byte {
	enc, err := opML.abi.Pack("respondDA", daChallengeId, data, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRespondDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa34edf5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function respondDA(uint256 daChallengeId, bytes data, bytes32[] proof) returns()
func (opML *OpML) TryPackRespondDA(daChallengeId *big.Int, data []byte, proof [][32]byte) ([]byte, error) {
	return opML.abi.Pack("respondDA", daChallengeId, data, proof)
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

// OpMLBlockPosted represents a BlockPosted event raised by the OpML contract.
type OpMLBlockPosted struct {
	DaChallengeId *big.Int
	Model         [32]byte
	Index         uint64
	Data          []byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const OpMLBlockPostedEventName = "BlockPosted"

// ContractEventName returns the user-defined event name.
func (OpMLBlockPosted) ContractEventName() string {
	return OpMLBlockPostedEventName
}

// UnpackBlockPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockPosted(uint256 indexed daChallengeId, bytes32 indexed model, uint64 indexed index, bytes data)
func (opML *OpML) UnpackBlockPostedEvent(log *types.Log) (*OpMLBlockPosted, error) {
	event := "BlockPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLBlockPosted)
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

// OpMLDAChallengeExpired represents a DAChallengeExpired event raised by the OpML contract.
type OpMLDAChallengeExpired struct {
	DaChallengeId *big.Int
	Model         [32]byte
	Index         uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const OpMLDAChallengeExpiredEventName = "DAChallengeExpired"

// ContractEventName returns the user-defined event name.
func (OpMLDAChallengeExpired) ContractEventName() string {
	return OpMLDAChallengeExpiredEventName
}

// UnpackDAChallengeExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DAChallengeExpired(uint256 indexed daChallengeId, bytes32 indexed model, uint64 index)
func (opML *OpML) UnpackDAChallengeExpiredEvent(log *types.Log) (*OpMLDAChallengeExpired, error) {
	event := "DAChallengeExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLDAChallengeExpired)
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

// OpMLDAChallengeOpened represents a DAChallengeOpened event raised by the OpML contract.
type OpMLDAChallengeOpened struct {
	DaChallengeId *big.Int
	Model         [32]byte
	Index         uint64
	Challenger    common.Address
	Deadline      uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const OpMLDAChallengeOpenedEventName = "DAChallengeOpened"

// ContractEventName returns the user-defined event name.
func (OpMLDAChallengeOpened) ContractEventName() string {
	return OpMLDAChallengeOpenedEventName
}

// UnpackDAChallengeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DAChallengeOpened(uint256 indexed daChallengeId, bytes32 indexed model, uint64 index, address indexed challenger, uint64 deadline)
func (opML *OpML) UnpackDAChallengeOpenedEvent(log *types.Log) (*OpMLDAChallengeOpened, error) {
	event := "DAChallengeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLDAChallengeOpened)
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

// OpMLModelRegistered represents a ModelRegistered event raised by the OpML contract.
type OpMLModelRegistered struct {
	Model          [32]byte
	Registrant     common.Address
	Root           [32]byte
	Length         uint64
	MaxInputBytes  uint64
	MaxOutputBytes uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const OpMLModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (OpMLModelRegistered) ContractEventName() string {
	return OpMLModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(bytes32 indexed model, address indexed registrant, bytes32 root, uint64 length, uint64 maxInputBytes, uint64 maxOutputBytes)
func (opML *OpML) UnpackModelRegisteredEvent(log *types.Log) (*OpMLModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLModelRegistered)
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

// OpMLModelUnavailable represents a ModelUnavailable event raised by the OpML contract.
type OpMLModelUnavailable struct {
	Model         [32]byte
	DaChallengeId *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const OpMLModelUnavailableEventName = "ModelUnavailable"

// ContractEventName returns the user-defined event name.
func (OpMLModelUnavailable) ContractEventName() string {
	return OpMLModelUnavailableEventName
}

// UnpackModelUnavailableEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelUnavailable(bytes32 indexed model, uint256 daChallengeId)
func (opML *OpML) UnpackModelUnavailableEvent(log *types.Log) (*OpMLModelUnavailable, error) {
	event := "ModelUnavailable"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != opML.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpMLModelUnavailable)
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
