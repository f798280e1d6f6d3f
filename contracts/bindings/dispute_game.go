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

// DisputeGameGame is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameGame struct {
	Creator        common.Address
	Defender       common.Address
	Challenger     common.Address
	Model          [32]byte
	InputHash      [32]byte
	OutputHash     [32]byte
	LocalContext   [32]byte
	Start          uint64
	Length         uint64
	StartHash      [32]byte
	EndHash        [32]byte
	Clock          uint64
	DefenderUsed   uint64
	ChallengerUsed uint64
	LastMoveAt     uint64
	Rounds         uint32
	Phase          uint8
	Status         uint8
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIMIPSStep\",\"name\":\"_mips\",\"type\":\"address\"},{\"internalType\":\"contractILocalDataOracle\",\"name\":\"_oracle\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"_absolutePrestate\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"_arity\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"_depth\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"OutOfTime\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"cuts\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalHash\",\"type\":\"bytes32\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"part\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"Chosen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"defender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"GameCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"position\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postStateHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"defenderWon\",\"type\":\"bool\"}],\"name\":\"Stepped\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"absolutePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arity\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"part\",\"type\":\"uint64\"}],\"name\":\"choose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"clocksLeft\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"defenderLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerLeft\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depth\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getCuts\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"defender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"defenderUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"}],\"name\":\"loadLocalData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"localContextOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mips\",\"outputs\":[{\"internalType\":\"contractIMIPSStep\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractILocalDataOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"resolve\",\"outputs\":[{\"internalType\":\"enumDisputeGame.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumDisputeGame.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"stateData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x610140604052348015610010575f5ffd5b506040516125cd3803806125cd83398101604081905261002f9161020d565b6002826001600160401b0316101580156100545750610100826001600160401b031611155b6100b15760405162461bcd60e51b815260206004820152602360248201527f4469737075746547616d653a206172697479206d757374206265203220746f20604482015262191a9b60e91b60648201526084015b60405180910390fd5b60018163ffffffff1610156101165760405162461bcd60e51b815260206004820152602560248201527f4469737075746547616d653a206465707468206d757374206265206174206c65604482015264617374203160d81b60648201526084016100a8565b60015f5b8263ffffffff168163ffffffff1610156101b6576101416001600160401b03851683610287565b915067800000000000000082106101ae5760405162461bcd60e51b815260206004820152602b60248201527f4469737075746547616d653a2061726974795e6465707468206d75737420626560448201526a2062656c6f7720325e363360a81b60648201526084016100a8565b60010161011a565b506001600160a01b039586166080529390941660a05260c0919091526001600160401b0390811660e05263ffffffff9092166101005216610120526102b0565b6001600160a01b038116811461020a575f5ffd5b50565b5f5f5f5f5f60a08688031215610221575f5ffd5b855161022c816101f6565b602087015190955061023d816101f6565b6040870151606088015191955093506001600160401b0381168114610260575f5ffd5b608087015190925063ffffffff81168114610279575f5ffd5b809150509295509295909350565b80820281158282048414176102aa57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161229061033d5f395f81816102ef015261145201525f6101fa01525f81816103a7015281816103f5015281816104940152818161051701528181610a010152610a5001525f818161027001526114af01525f81816102490152610edf01525f818161014d0152818161169a01526117ba01526122905ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c8063925b08b3116100ad578063a3170a1e1161007d578063cb6d18b411610063578063cb6d18b41461037c578063e8281a1a1461038f578063f899cc27146103a2575f5ffd5b8063a3170a1e14610349578063ad35efd414610369575f5ffd5b8063925b08b314610292578063a022f1f7146102d7578063a13060eb146102ea578063a2f77bcc14610329575f5ffd5b80634f896d4f1161010257806371cc6a4c116100e857806371cc6a4c146102315780637dc0d1d0146102445780638d450a951461026b575f5ffd5b80634f896d4f146101d5578063631c56ef146101f5575f5ffd5b8063026800c9146101335780630605a51b146101485780634930c6f51461018c5780634d1975b4146101bf575b5f5ffd5b610146610141366004611bcb565b6103c9565b005b61016f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61019f61019a366004611bf5565b61069c565b604080516001600160401b03938416815292909116602083015201610183565b6101c75f5481565b604051908152602001610183565b6101e86101e3366004611bf5565b6107de565b6040516101839190611c4c565b61021c7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610183565b61014661023f366004611c5f565b6109cd565b61016f7f000000000000000000000000000000000000000000000000000000000000000081565b6101c77f000000000000000000000000000000000000000000000000000000000000000081565b6101c76102a0366004611cd7565b6040805160208082019590955280820193909352606080840192909252805180840390920182526080909201909152805191012090565b6101466102e5366004611cd7565b610d6c565b6103117f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610183565b61033c610337366004611bf5565b610f61565b6040516101839190611d00565b61035c610357366004611bf5565b61115d565b6040516101839190611e7e565b6101e8610377366004611bf5565b6111bc565b6101c761038a366004611ed6565b6112c5565b61014661039d366004611f75565b61157a565b6103117f000000000000000000000000000000000000000000000000000000000000000081565b5f8281526001602052604090206002808201546103f39183918691906001600160a01b03166118b4565b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826001600160401b0316106104795760405162461bcd60e51b815260206004820152601960248201527f4469737075746547616d653a206e6f207375636820706172740000000000000060448201526064015b60405180910390fd5b5f83815260026020526040812060078301549091906104c9907f000000000000000000000000000000000000000000000000000000000000000090600160401b90046001600160401b0316612000565b90506001600160401b0384161561051057816104e6600186612039565b6001600160401b0316815481106104ff576104ff612058565b5f9182526020909120015460088401555b61053b60017f0000000000000000000000000000000000000000000000000000000000000000612039565b6001600160401b0316846001600160401b031610156105805781846001600160401b03168154811061056f5761056f612058565b5f9182526020909120015460098401555b61058a818561206c565b6007840180545f906105a69084906001600160401b031661208e565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550808360070160086101000a8154816001600160401b0302191690836001600160401b03160217905550806001600160401b031660011461060b57600161060e565b60035b600b8401805464ff00000000191664010000000083600381111561063457610634611c0c565b02179055506007830154604080516001600160401b0380881682528084166020830152600160401b9093049092169082015285907fbd9b930bcb189b998c1f4e202a3e24af101b6485b05dd716dbd7f3973c6d193d9060600160405180910390a25050505050565b5f8181526001602081905260408220600a81015483926001600160401b03600160401b8304811692600160801b90041690600b84015465010000000000900460ff1660038111156106ef576106ef611c0c565b0361075f57600a8301545f9061071590600160c01b90046001600160401b031642612039565b90506001600b850154640100000000900460ff16600381111561073a5761073a611c0c565b0361075057610749818461208e565b925061075d565b61075a818361208e565b91505b505b600a8301546001600160401b03908116908316101561079657600a8301546107919083906001600160401b0316612039565b610798565b5f5b600a8401549095506001600160401b0390811690821610156107d257600a8301546107cd9082906001600160401b0316612039565b6107d4565b5f5b9350505050915091565b5f81815260016020526040812081600b82015465010000000000900460ff16600381111561080e5761080e611c0c565b0361085b5760405162461bcd60e51b815260206004820152601960248201527f4469737075746547616d653a206e6f20737563682067616d65000000000000006044820152606401610470565b6001600b82015465010000000000900460ff16600381111561087f5761087f611c0c565b1461089a57600b015465010000000000900460ff1692915050565b6001600b820154640100000000900460ff1660038111156108bd576108bd611c0c565b0361093f57600a8101546108e2908290600160401b90046001600160401b0316611aee565b61092e5760405162461bcd60e51b815260206004820152601860248201527f4469737075746547616d653a206e6f74206465636964656400000000000000006044820152606401610470565b61093a81846003611b31565b6109b7565b600a81015461095f908290600160801b90046001600160401b0316611aee565b6109ab5760405162461bcd60e51b815260206004820152601860248201527f4469737075746547616d653a206e6f74206465636964656400000000000000006044820152606401610470565b6109b781846002611b31565b600b015465010000000000900460ff1692915050565b5f8381526001602081905260409091208082015490916109f991839187916001600160a01b03166118b4565b5f610a2560017f0000000000000000000000000000000000000000000000000000000000000000612039565b600b8301546001600160401b039190911691505f9063ffffffff168103610b84576001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168414610ae45760405162461bcd60e51b815260206004820152602a60248201527f4469737075746547616d653a206669727374206d6f76652074616b657320617260448201527f69747920686173686573000000000000000000000000000000000000000000006064820152608401610470565b848483818110610af657610af6612058565b60200291909101359150505f81901a15610b785760405162461bcd60e51b815260206004820152602d60248201527f4469737075746547616d653a2066696e616c207374617465206d75737420626560448201527f20612076616c69642065786974000000000000000000000000000000000000006064820152608401610470565b60098301819055610bf9565b838214610bf95760405162461bcd60e51b815260206004820152602a60248201527f4469737075746547616d653a2061206d6f76652074616b65732061726974792060448201527f2d203120686173686573000000000000000000000000000000000000000000006064820152608401610470565b5f8681526002602052604081208054909103610c5b575f5b83811015610c555781878783818110610c2c57610c2c612058565b8354600180820186555f9586526020958690209290950293909301359201919091555001610c11565b50610ca5565b5f5b83811015610ca357868682818110610c7757610c77612058565b90506020020135828281548110610c9057610c90612058565b5f91825260209091200155600101610c5d565b505b600b840154600785015488917fce4f41681f3398299c89c1296518d5ecb7bf7929ea561de7874c034c2804bd759163ffffffff909116906001600160401b0380821691600160401b900416610cfc885f8c8e6120ad565b88604051610d0f969594939291906120d8565b60405180910390a2600b8401805463ffffffff16905f610d2e8361215a565b825463ffffffff9182166101009390930a928302919092021990911617905550505050600b01805464ff000000001916640200000000179055505050565b5f83815260016020526040812090600b82015465010000000000900460ff166003811115610d9c57610d9c611c0c565b03610de95760405162461bcd60e51b815260206004820152601960248201527f4469737075746547616d653a206e6f20737563682067616d65000000000000006044820152606401610470565b5f60018403610dfd57506003810154610e6b565b60028403610e1057506004810154610e6b565b60038403610e2357506005810154610e6b565b60405162461bcd60e51b815260206004820181905260248201527f4469737075746547616d653a206e6f2073756368206c6f63616c20646174756d6044820152606401610470565b600682015460408051602080820185905282518083039091018152818301928390527fd3683efc000000000000000000000000000000000000000000000000000000009092527f01000000000000000000000000000000000000000000000000000000000000008717926001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169263d3683efc92610f1892869290918a9060440161217e565b6020604051808303815f875af1158015610f34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f5891906121c8565b50505050505050565b610ff560408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e081018290529061020082019081526020015f905290565b5f8281526001602081815260409283902083516102408101855281546001600160a01b03908116825293820154841692810192909252600281015490921692810192909252600380820154606084015260048201546080840152600582015460a0840152600682015460c084015260078201546001600160401b0380821660e0860152600160401b91829004811661010086015260088401546101208601526009840154610140860152600a8401548082166101608701529182048116610180860152600160801b820481166101a0860152600160c01b909104166101c0840152600b82015463ffffffff81166101e085015261020084019164010000000090910460ff169081111561110a5761110a611c0c565b600381111561111b5761111b611c0c565b8152602001600b820160059054906101000a900460ff16600381111561114357611143611c0c565b600381111561115457611154611c0c565b90525092915050565b5f818152600260209081526040918290208054835181840281018401909452808452606093928301828280156111b057602002820191905f5260205f20905b81548152602001906001019080831161119c575b50505050509050919050565b5f818152600160208190526040822090600b82015465010000000000900460ff1660038111156111ee576111ee611c0c565b1461120957600b015465010000000000900460ff1692915050565b6001600b820154640100000000900460ff16600381111561122c5761122c611c0c565b1480156112545750600a810154611254908290600160401b90046001600160401b0316611aee565b156112625750600392915050565b6001600b820154640100000000900460ff16600381111561128557611285611c0c565b141580156112ae5750600a8101546112ae908290600160801b90046001600160401b0316611aee565b156112bc5750600292915050565b50600192915050565b5f6001600160a01b038716158015906112e657506001600160a01b03861615155b6113325760405162461bcd60e51b815260206004820152601960248201527f4469737075746547616d653a207a65726f2061646472657373000000000000006044820152606401610470565b5f826001600160401b03161161138a5760405162461bcd60e51b815260206004820152601760248201527f4469737075746547616d653a207a65726f20636c6f636b0000000000000000006044820152606401610470565b5f80549080611398836121df565b909155505f818152600160208181526040928390208054337fffffffffffffffffffffffff000000000000000000000000000000000000000091821681178355938201805482166001600160a01b038f8116918217909255600284018054909316918e16918217909255600383018c9055600483018b9055600583018a905585518085018d90528087018c905260608082018c905287518083039091018152608082018089528151919096012060068501556007840180547f00000000000000000000000000000000000000000000000000000000000000006001600160401b03908116600160401b027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909216919091179091557f00000000000000000000000000000000000000000000000000000000000000006008860155600a85018054428316600160c01b0277ffffffffffffffffffffffffffffffff0000000000000000909116928d1692909217919091179055600b8401805465ffff00000000191665010100000000179055935260a083018b905260c083018a905260e0830189905293519495509385917f891fa84c7ba579598fe28839c5436840d0a81cdd86ac621facefefc72de8b17191908190036101000190a4509695505050505050565b5f85815260016020819052604090912090600b82015465010000000000900460ff1660038111156115ad576115ad611c0c565b146115ce57604051633496ed1560e01b815260048101879052602401610470565b6003600b820154640100000000900460ff1660038111156115f1576115f1611c0c565b14611624578581600b0160049054906101000a900460ff166040516308b889ef60e41b81526004016104709291906121f7565b600a810154611644908290600160801b90046001600160401b0316611aee565b156116655760405163fb54b33160e01b815260048101879052602401610470565b60088101546040517f23548a8f0000000000000000000000000000000000000000000000000000000081526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906323548a8f906116d1908990899060040161223c565b602060405180830381865afa1580156116ec573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061171091906121c8565b146117835760405162461bcd60e51b815260206004820152602e60248201527f4469737075746547616d653a207374617465206973206e6f742074686520616760448201527f72656564207072652d73746174650000000000000000000000000000000000006064820152608401610470565b60068101546040517fe14ced320000000000000000000000000000000000000000000000000000000081525f916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e14ced32916117f5918a918a918a918a91600401612257565b602060405180830381865afa158015611810573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061183491906121c8565b60098301546007840154604080516001600160401b039092168252602082018490529183149181018290529192509088907f0c6be86b41dc71e0fb27a9580889999cea384ddf0f9a6a3d9b8f0258b3c95f929060600160405180910390a26118aa8389836118a3576003611b31565b6002611b31565b5050505050505050565b6001600b85015465010000000000900460ff1660038111156118d8576118d8611c0c565b146118f957604051633496ed1560e01b815260048101849052602401610470565b81600381111561190b5761190b611c0c565b600b850154640100000000900460ff16600381111561192c5761192c611c0c565b1415806119425750336001600160a01b03821614155b15611975578284600b0160049054906101000a900460ff166040516308b889ef60e41b81526004016104709291906121f7565b600a8401545f9061199690600160c01b90046001600160401b031642612039565b60018460038111156119aa576119aa611c0c565b146119c957600a860154600160801b90046001600160401b03166119df565b600a860154600160401b90046001600160401b03165b6119e9919061208e565b600a8601549091506001600160401b039081169082161115611a215760405163fb54b33160e01b815260048101859052602401610470565b6001836003811115611a3557611a35611c0c565b03611a7a57600a850180547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16600160401b6001600160401b03841602179055611ab6565b600a850180547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16600160801b6001600160401b038416021790555b50505050600a01805477ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b426001600160401b031602179055565b600a8201545f906001600160401b0380821691611b1491600160c01b9091041642612039565b611b1e908461208e565b6001600160401b03161190505b92915050565b600b8301805482919065ff0000000000191665010000000000836003811115611b5c57611b5c611c0c565b0217905550600b8301805464ff000000001916905560405182907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff990611ba3908490611c4c565b60405180910390a2505050565b80356001600160401b0381168114611bc6575f5ffd5b919050565b5f5f60408385031215611bdc575f5ffd5b82359150611bec60208401611bb0565b90509250929050565b5f60208284031215611c05575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60048110611c3c57634e487b7160e01b5f52602160045260245ffd5b50565b611c4881611c20565b9052565b60208101611c5983611c20565b91905290565b5f5f5f60408486031215611c71575f5ffd5b8335925060208401356001600160401b03811115611c8d575f5ffd5b8401601f81018613611c9d575f5ffd5b80356001600160401b03811115611cb2575f5ffd5b8660208260051b8401011115611cc6575f5ffd5b939660209190910195509293505050565b5f5f5f60608486031215611ce9575f5ffd5b505081359360208301359350604090920135919050565b81516001600160a01b0316815261024081016020830151611d2c60208401826001600160a01b03169052565b506040830151611d4760408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e0830151611d8a60e08401826001600160401b03169052565b50610100830151611da76101008401826001600160401b03169052565b50610120830151610120830152610140830151610140830152610160830151611ddc6101608401826001600160401b03169052565b50610180830151611df96101808401826001600160401b03169052565b506101a0830151611e166101a08401826001600160401b03169052565b506101c0830151611e336101c08401826001600160401b03169052565b506101e0830151611e4d6101e084018263ffffffff169052565b50610200830151611e62610200840182611c3f565b50610220830151611e77610220840182611c3f565b5092915050565b602080825282518282018190525f918401906040840190835b81811015611eb5578351835260209384019390920191600101611e97565b509095945050505050565b80356001600160a01b0381168114611bc6575f5ffd5b5f5f5f5f5f5f60c08789031215611eeb575f5ffd5b611ef487611ec0565b9550611f0260208801611ec0565b9450604087013593506060870135925060808701359150611f2560a08801611bb0565b90509295509295509295565b5f5f83601f840112611f41575f5ffd5b5081356001600160401b03811115611f57575f5ffd5b602083019150836020828501011115611f6e575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611f89575f5ffd5b8535945060208601356001600160401b03811115611fa5575f5ffd5b611fb188828901611f31565b90955093505060408601356001600160401b03811115611fcf575f5ffd5b611fdb88828901611f31565b969995985093965092949392505050565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0383168061202457634e487b7160e01b5f52601260045260245ffd5b806001600160401b0384160491505092915050565b6001600160401b038281168282160390811115611b2b57611b2b611fec565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b038181168382160290811690818114611e7757611e77611fec565b6001600160401b038181168382160190811115611b2b57611b2b611fec565b5f5f858511156120bb575f5ffd5b838611156120c7575f5ffd5b5050600583901b0193919092039150565b63ffffffff871681526001600160401b03861660208201526001600160401b038516604082015260a060608201528260a08201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff841115612139575f5ffd5b8360051b808660c08501376080830193909352500160c00195945050505050565b5f63ffffffff821663ffffffff810361217557612175611fec565b60010192915050565b848152836020820152608060408201525f8351806080840152806020860160a085015e5f60a0828501015260a0601f19601f83011684010191505082606083015295945050505050565b5f602082840312156121d8575f5ffd5b5051919050565b5f600182016121f0576121f0611fec565b5060010190565b8281526040810161220783611c20565b8260208301529392505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61224f602083018486612214565b949350505050565b606081525f61226a606083018789612214565b828103602084015261227d818688612214565b915050826040830152969550505050505056",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeGame) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _mips, address _oracle, bytes32 _absolutePrestate, uint64 _arity, uint32 _depth) returns()
func (disputeGame *DisputeGame) PackConstructor(_mips common.Address, _oracle common.Address, _absolutePrestate [32]byte, _arity uint64, _depth uint32) []byte {
	enc, err := disputeGame.abi.Pack("", _mips, _oracle, _absolutePrestate, _arity, _depth)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAbsolutePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d450a95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function absolutePrestate() view returns(bytes32)
func (disputeGame *DisputeGame) PackAbsolutePrestate() []byte {
	enc, err := disputeGame.abi.Pack("absolutePrestate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbsolutePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d450a95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function absolutePrestate() view returns(bytes32)
func (disputeGame *DisputeGame) TryPackAbsolutePrestate() ([]byte, error) {
	return disputeGame.abi.Pack("absolutePrestate")
}

// UnpackAbsolutePrestate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d450a95.
//
// Solidity: function absolutePrestate() view returns(bytes32)
func (disputeGame *DisputeGame) UnpackAbsolutePrestate(data []byte) ([32]byte, error) {
	out, err := disputeGame.abi.Unpack("absolutePrestate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf899cc27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arity() view returns(uint64)
func (disputeGame *DisputeGame) PackArity() []byte {
	enc, err := disputeGame.abi.Pack("arity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf899cc27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arity() view returns(uint64)
func (disputeGame *DisputeGame) TryPackArity() ([]byte, error) {
	return disputeGame.abi.Pack("arity")
}

// UnpackArity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf899cc27.
//
// Solidity: function arity() view returns(uint64)
func (disputeGame *DisputeGame) UnpackArity(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("arity", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc6a4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisect(uint256 gameId, bytes32[] hashes) returns()
func (disputeGame *DisputeGame) PackBisect(gameId *big.Int, hashes [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("bisect", gameId, hashes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc6a4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisect(uint256 gameId, bytes32[] hashes) returns()
func (disputeGame *DisputeGame) TryPackBisect(gameId *big.Int, hashes [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("bisect", gameId, hashes)
}

// PackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026800c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function choose(uint256 gameId, uint64 part) returns()
func (disputeGame *DisputeGame) PackChoose(gameId *big.Int, part uint64) []byte {
	enc, err := disputeGame.abi.Pack("choose", gameId, part)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026800c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function choose(uint256 gameId, uint64 part) returns()
func (disputeGame *DisputeGame) TryPackChoose(gameId *big.Int, part uint64) ([]byte, error) {
	return disputeGame.abi.Pack("choose", gameId, part)
}

// PackClocksLeft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4930c6f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clocksLeft(uint256 gameId) view returns(uint64 defenderLeft, uint64 challengerLeft)
func (disputeGame *DisputeGame) PackClocksLeft(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("clocksLeft", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClocksLeft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4930c6f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clocksLeft(uint256 gameId) view returns(uint64 defenderLeft, uint64 challengerLeft)
func (disputeGame *DisputeGame) TryPackClocksLeft(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("clocksLeft", gameId)
}

// ClocksLeftOutput serves as a container for the return parameters of contract
// method ClocksLeft.
type ClocksLeftOutput struct {
	DefenderLeft   uint64
	ChallengerLeft uint64
}

// UnpackClocksLeft is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4930c6f5.
//
// Solidity: function clocksLeft(uint256 gameId) view returns(uint64 defenderLeft, uint64 challengerLeft)
func (disputeGame *DisputeGame) UnpackClocksLeft(data []byte) (ClocksLeftOutput, error) {
	out, err := disputeGame.abi.Unpack("clocksLeft", data)
	outstruct := new(ClocksLeftOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.DefenderLeft = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ChallengerLeft = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb6d18b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(address defender, address challenger, bytes32 model, bytes32 inputHash, bytes32 outputHash, uint64 clock) returns(uint256 gameId)
func (disputeGame *DisputeGame) PackCreate(defender common.Address, challenger common.Address, model [32]byte, inputHash [32]byte, outputHash [32]byte, clock uint64) []byte {
	enc, err := disputeGame.abi.Pack("create", defender, challenger, model, inputHash, outputHash, clock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb6d18b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(address defender, address challenger, bytes32 model, bytes32 inputHash, bytes32 outputHash, uint64 clock) returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackCreate(defender common.Address, challenger common.Address, model [32]byte, inputHash [32]byte, outputHash [32]byte, clock uint64) ([]byte, error) {
	return disputeGame.abi.Pack("create", defender, challenger, model, inputHash, outputHash, clock)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb6d18b4.
//
// Solidity: function create(address defender, address challenger, bytes32 model, bytes32 inputHash, bytes32 outputHash, uint64 clock) returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackCreate(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("create", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631c56ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depth() view returns(uint32)
func (disputeGame *DisputeGame) PackDepth() []byte {
	enc, err := disputeGame.abi.Pack("depth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631c56ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depth() view returns(uint32)
func (disputeGame *DisputeGame) TryPackDepth() ([]byte, error) {
	return disputeGame.abi.Pack("depth")
}

// UnpackDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631c56ef.
//
// Solidity: function depth() view returns(uint32)
func (disputeGame *DisputeGame) UnpackDepth(data []byte) (uint32, error) {
	out, err := disputeGame.abi.Unpack("depth", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) PackGameCount() []byte {
	enc, err := disputeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) TryPackGameCount() ([]byte, error) {
	return disputeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetCuts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3170a1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCuts(uint256 gameId) view returns(bytes32[])
func (disputeGame *DisputeGame) PackGetCuts(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getCuts", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCuts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3170a1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCuts(uint256 gameId) view returns(bytes32[])
func (disputeGame *DisputeGame) TryPackGetCuts(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getCuts", gameId)
}

// UnpackGetCuts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3170a1e.
//
// Solidity: function getCuts(uint256 gameId) view returns(bytes32[])
func (disputeGame *DisputeGame) UnpackGetCuts(data []byte) ([][32]byte, error) {
	out, err := disputeGame.abi.Unpack("getCuts", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGame(uint256 gameId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,uint32,uint8,uint8))
func (disputeGame *DisputeGame) PackGetGame(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getGame", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getGame(uint256 gameId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,uint32,uint8,uint8))
func (disputeGame *DisputeGame) TryPackGetGame(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getGame", gameId)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 gameId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,uint32,uint8,uint8))
func (disputeGame *DisputeGame) UnpackGetGame(data []byte) (DisputeGameGame, error) {
	out, err := disputeGame.abi.Unpack("getGame", data)
	if err != nil {
		return *new(DisputeGameGame), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameGame)).(*DisputeGameGame)
	return out0, nil
}

// PackLoadLocalData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa022f1f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadLocalData(uint256 gameId, uint256 index, uint256 partOffset) returns()
func (disputeGame *DisputeGame) PackLoadLocalData(gameId *big.Int, index *big.Int, partOffset *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("loadLocalData", gameId, index, partOffset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadLocalData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa022f1f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadLocalData(uint256 gameId, uint256 index, uint256 partOffset) returns()
func (disputeGame *DisputeGame) TryPackLoadLocalData(gameId *big.Int, index *big.Int, partOffset *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("loadLocalData", gameId, index, partOffset)
}

// PackLocalContextOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x925b08b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localContextOf(bytes32 model, bytes32 inputHash, bytes32 outputHash) pure returns(bytes32)
func (disputeGame *DisputeGame) PackLocalContextOf(model [32]byte, inputHash [32]byte, outputHash [32]byte) []byte {
	enc, err := disputeGame.abi.Pack("localContextOf", model, inputHash, outputHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocalContextOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x925b08b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function localContextOf(bytes32 model, bytes32 inputHash, bytes32 outputHash) pure returns(bytes32)
func (disputeGame *DisputeGame) TryPackLocalContextOf(model [32]byte, inputHash [32]byte, outputHash [32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("localContextOf", model, inputHash, outputHash)
}

// UnpackLocalContextOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x925b08b3.
//
// Solidity: function localContextOf(bytes32 model, bytes32 inputHash, bytes32 outputHash) pure returns(bytes32)
func (disputeGame *DisputeGame) UnpackLocalContextOf(data []byte) ([32]byte, error) {
	out, err := disputeGame.abi.Unpack("localContextOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMips is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0605a51b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mips() view returns(address)
func (disputeGame *DisputeGame) PackMips() []byte {
	enc, err := disputeGame.abi.Pack("mips")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMips is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0605a51b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mips() view returns(address)
func (disputeGame *DisputeGame) TryPackMips() ([]byte, error) {
	return disputeGame.abi.Pack("mips")
}

// UnpackMips is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0605a51b.
//
// Solidity: function mips() view returns(address)
func (disputeGame *DisputeGame) UnpackMips(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("mips", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (disputeGame *DisputeGame) PackOracle() []byte {
	enc, err := disputeGame.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (disputeGame *DisputeGame) TryPackOracle() ([]byte, error) {
	return disputeGame.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (disputeGame *DisputeGame) UnpackOracle(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f896d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 gameId) returns(uint8)
func (disputeGame *DisputeGame) PackResolve(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("resolve", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f896d4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 gameId) returns(uint8)
func (disputeGame *DisputeGame) TryPackResolve(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("resolve", gameId)
}

// UnpackResolve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f896d4f.
//
// Solidity: function resolve(uint256 gameId) returns(uint8)
func (disputeGame *DisputeGame) UnpackResolve(data []byte) (uint8, error) {
	out, err := disputeGame.abi.Unpack("resolve", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(uint256 gameId) view returns(uint8)
func (disputeGame *DisputeGame) PackStatusOf(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("statusOf", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(uint256 gameId) view returns(uint8)
func (disputeGame *DisputeGame) TryPackStatusOf(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("statusOf", gameId)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad35efd4.
//
// Solidity: function statusOf(uint256 gameId) view returns(uint8)
func (disputeGame *DisputeGame) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := disputeGame.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8281a1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(uint256 gameId, bytes stateData, bytes proof) returns()
func (disputeGame *DisputeGame) PackStep(gameId *big.Int, stateData []byte, proof []byte) []byte {
	enc, err := disputeGame.abi.Pack("step", gameId, stateData, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8281a1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(uint256 gameId, bytes stateData, bytes proof) returns()
func (disputeGame *DisputeGame) TryPackStep(gameId *big.Int, stateData []byte, proof []byte) ([]byte, error) {
	return disputeGame.abi.Pack("step", gameId, stateData, proof)
}

// PackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa13060eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function traceLength() view returns(uint64)
func (disputeGame *DisputeGame) PackTraceLength() []byte {
	enc, err := disputeGame.abi.Pack("traceLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa13060eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function traceLength() view returns(uint64)
func (disputeGame *DisputeGame) TryPackTraceLength() ([]byte, error) {
	return disputeGame.abi.Pack("traceLength")
}

// UnpackTraceLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa13060eb.
//
// Solidity: function traceLength() view returns(uint64)
func (disputeGame *DisputeGame) UnpackTraceLength(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("traceLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// DisputeGameBisected represents a Bisected event raised by the DisputeGame contract.
type DisputeGameBisected struct {
	GameId    *big.Int
	Round     uint32
	Start     uint64
	Length    uint64
	Cuts      [][32]byte
	FinalHash [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameBisectedEventName = "Bisected"

// ContractEventName returns the user-defined event name.
func (DisputeGameBisected) ContractEventName() string {
	return DisputeGameBisectedEventName
}

// UnpackBisectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bisected(uint256 indexed gameId, uint32 round, uint64 start, uint64 length, bytes32[] cuts, bytes32 finalHash)
func (disputeGame *DisputeGame) UnpackBisectedEvent(log *types.Log) (*DisputeGameBisected, error) {
	event := "Bisected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameBisected)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameChosen represents a Chosen event raised by the DisputeGame contract.
type DisputeGameChosen struct {
	GameId *big.Int
	Part   uint64
	Start  uint64
	Length uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameChosenEventName = "Chosen"

// ContractEventName returns the user-defined event name.
func (DisputeGameChosen) ContractEventName() string {
	return DisputeGameChosenEventName
}

// UnpackChosenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Chosen(uint256 indexed gameId, uint64 part, uint64 start, uint64 length)
func (disputeGame *DisputeGame) UnpackChosenEvent(log *types.Log) (*DisputeGameChosen, error) {
	event := "Chosen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameChosen)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameGameCreated represents a GameCreated event raised by the DisputeGame contract.
type DisputeGameGameCreated struct {
	GameId     *big.Int
	Creator    common.Address
	Defender   common.Address
	Challenger common.Address
	Model      [32]byte
	InputHash  [32]byte
	OutputHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameCreatedEventName = "GameCreated"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameCreated) ContractEventName() string {
	return DisputeGameGameCreatedEventName
}

// UnpackGameCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameCreated(uint256 indexed gameId, address indexed creator, address indexed defender, address challenger, bytes32 model, bytes32 inputHash, bytes32 outputHash)
func (disputeGame *DisputeGame) UnpackGameCreatedEvent(log *types.Log) (*DisputeGameGameCreated, error) {
	event := "GameCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameCreated)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameResolved represents a Resolved event raised by the DisputeGame contract.
type DisputeGameResolved struct {
	GameId *big.Int
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameResolved) ContractEventName() string {
	return DisputeGameResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed gameId, uint8 status)
func (disputeGame *DisputeGame) UnpackResolvedEvent(log *types.Log) (*DisputeGameResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameStepped represents a Stepped event raised by the DisputeGame contract.
type DisputeGameStepped struct {
	GameId        *big.Int
	Position      uint64
	PostStateHash [32]byte
	DefenderWon   bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisputeGameSteppedEventName = "Stepped"

// ContractEventName returns the user-defined event name.
func (DisputeGameStepped) ContractEventName() string {
	return DisputeGameSteppedEventName
}

// UnpackSteppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Stepped(uint256 indexed gameId, uint64 position, bytes32 postStateHash, bool defenderWon)
func (disputeGame *DisputeGame) UnpackSteppedEvent(log *types.Log) (*DisputeGameStepped, error) {
	event := "Stepped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameStepped)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["GameOver"].ID.Bytes()[:4]) {
		return disputeGame.UnpackGameOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["OutOfTime"].ID.Bytes()[:4]) {
		return disputeGame.UnpackOutOfTimeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameGameOver represents a GameOver error raised by the DisputeGame contract.
type DisputeGameGameOver struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameOver(uint256 gameId)
func DisputeGameGameOverErrorID() common.Hash {
	return common.HexToHash("0x3496ed15a97ad1d154265bf94e0068b3b45bed65b26cb72ecc4e1b8a44d9b3d7")
}

// UnpackGameOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameOver(uint256 gameId)
func (disputeGame *DisputeGame) UnpackGameOverError(raw []byte) (*DisputeGameGameOver, error) {
	out := new(DisputeGameGameOver)
	if err := disputeGame.abi.UnpackIntoInterface(out, "GameOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourTurn represents a NotYourTurn error raised by the DisputeGame contract.
type DisputeGameNotYourTurn struct {
	GameId *big.Int
	Phase  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(uint256 gameId, uint8 phase)
func DisputeGameNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x8b889ef096a325072e779e52a771a37bc88251dbb2ba6e9de3fb409431402b58")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(uint256 gameId, uint8 phase)
func (disputeGame *DisputeGame) UnpackNotYourTurnError(raw []byte) (*DisputeGameNotYourTurn, error) {
	out := new(DisputeGameNotYourTurn)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameOutOfTime represents a OutOfTime error raised by the DisputeGame contract.
type DisputeGameOutOfTime struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfTime(uint256 gameId)
func DisputeGameOutOfTimeErrorID() common.Hash {
	return common.HexToHash("0xfb54b33192998eaf1e32eae130a7253c30b9d3015400f8f6840ccb0bb8bc8f44")
}

// UnpackOutOfTimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfTime(uint256 gameId)
func (disputeGame *DisputeGame) UnpackOutOfTimeError(raw []byte) (*DisputeGameOutOfTime, error) {
	out := new(DisputeGameOutOfTime)
	if err := disputeGame.abi.UnpackIntoInterface(out, "OutOfTime", raw); err != nil {
		return nil, err
	}
	return out, nil
}
