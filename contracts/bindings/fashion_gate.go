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

// FashionGateMetaData contains all meta data concerning the FashionGate contract.
var FashionGateMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"NotAnImage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"class\",\"type\":\"uint8\"}],\"name\":\"NotFootwear\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"visitor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"class\",\"type\":\"uint8\"}],\"name\":\"Admitted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"admissions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"image\",\"type\":\"bytes\"}],\"name\":\"enter\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"class\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"footwearOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"model\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "FashionGate",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610605380380610605833981016040819052602b916032565b6080526048565b5f602082840312156041575f5ffd5b5051919050565b60805161059f6100665f395f81816053015261011c015261059f5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630ad9d0521461004e5780638684166a14610088578063a2f665fa14610091578063d4734f4a146100c5575b5f5ffd5b6100757f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61007560015481565b6100b361009f366004610466565b5f6020819052908152604090205460ff1681565b60405160ff909116815260200161007f565b6100b36100d33660046104a0565b5f6103108214610117576040517f9e8598f2000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b6101797f000000000000000000000000000000000000000000000000000000000000000084848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525060019250610261915050565b5f8151811061018a5761018a61050e565b016020015160f81c9050600581148015906101a957508060ff16600714155b80156101b957508060ff16600914155b156101f5576040517f5af958cb00000000000000000000000000000000000000000000000000000000815260ff8216600482015260240161010e565b335f908152602081905260408120805460ff191660ff8416179055600180549161021e83610522565b909155505060405160ff8216815233907f2f112a5879e0f84f55723d29a0a1af80be5eed73276e643ba343384b58c018339060200160405180910390a292915050565b60605f620a100073ffffffffffffffffffffffffffffffffffffffff1685858560405160200161029393929190610546565b60408051601f19818403018152908290526102ad91610589565b5f60405180830381855afa9150503d805f81146102e5576040519150601f19603f3d011682016040523d82523d5f602084013e6102ea565b606091505b5092509050806103725781515f0361036a5760405162461bcd60e51b815260206004820152602560248201527f41494c69623a20696e666572656e6365206661696c656420286f7574206f662060448201527f6761733f29000000000000000000000000000000000000000000000000000000606482015260840161010e565b815160208301fd5b8282511461045e5781515f036103f05760405162461bcd60e51b815260206004820152603960248201527f41494c69623a206e6f206f7574707574202869732074686520696e666572656e60448201527f636520707265636f6d70696c6520696e7374616c6c65643f2900000000000000606482015260840161010e565b60405162461bcd60e51b815260206004820152602660248201527f41494c69623a206f7574707574206973206e6f74206f75747075745f73697a6560448201527f2062797465730000000000000000000000000000000000000000000000000000606482015260840161010e565b509392505050565b5f60208284031215610476575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114610499575f5ffd5b9392505050565b5f5f602083850312156104b1575f5ffd5b823567ffffffffffffffff8111156104c7575f5ffd5b8301601f810185136104d7575f5ffd5b803567ffffffffffffffff8111156104ed575f5ffd5b8560208284010111156104fe575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52603260045260245ffd5b5f6001820161053f57634e487b7160e01b5f52601160045260245ffd5b5060010190565b838152606060208201525f83518060608401528060208601608085015e5f608082850101526080601f19601f830116840101915050826040830152949350505050565b5f82518060208501845e5f92019182525091905056",
}

// FashionGate is an auto generated Go binding around an Ethereum contract.
type FashionGate struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FashionGate) GetABI() abi.ABI {
	return c.abi
}

// NewFashionGate creates a new instance of FashionGate.
func NewFashionGate() *FashionGate {
	parsed, err := FashionGateMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FashionGate{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FashionGate) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bytes32 model_) returns()
func (fashionGate *FashionGate) PackConstructor(model_ [32]byte) []byte {
	enc, err := fashionGate.abi.Pack("", model_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAdmissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8684166a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admissions() view returns(uint256)
func (fashionGate *FashionGate) PackAdmissions() []byte {
	enc, err := fashionGate.abi.Pack("admissions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8684166a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admissions() view returns(uint256)
func (fashionGate *FashionGate) TryPackAdmissions() ([]byte, error) {
	return fashionGate.abi.Pack("admissions")
}

// UnpackAdmissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8684166a.
//
// Solidity: function admissions() view returns(uint256)
func (fashionGate *FashionGate) UnpackAdmissions(data []byte) (*big.Int, error) {
	out, err := fashionGate.abi.Unpack("admissions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEnter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4734f4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enter(bytes image) returns(uint8 class)
func (fashionGate *FashionGate) PackEnter(image []byte) []byte {
	enc, err := fashionGate.abi.Pack("enter", image)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4734f4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enter(bytes image) returns(uint8 class)
func (fashionGate *FashionGate) TryPackEnter(image []byte) ([]byte, error) {
	return fashionGate.abi.Pack("enter", image)
}

// UnpackEnter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4734f4a.
//
// Solidity: function enter(bytes image) returns(uint8 class)
func (fashionGate *FashionGate) UnpackEnter(data []byte) (uint8, error) {
	out, err := fashionGate.abi.Unpack("enter", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFootwearOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f665fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function footwearOf(address ) view returns(uint8)
func (fashionGate *FashionGate) PackFootwearOf(arg0 common.Address) []byte {
	enc, err := fashionGate.abi.Pack("footwearOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFootwearOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f665fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function footwearOf(address ) view returns(uint8)
func (fashionGate *FashionGate) TryPackFootwearOf(arg0 common.Address) ([]byte, error) {
	return fashionGate.abi.Pack("footwearOf", arg0)
}

// UnpackFootwearOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f665fa.
//
// Solidity: function footwearOf(address ) view returns(uint8)
func (fashionGate *FashionGate) UnpackFootwearOf(data []byte) (uint8, error) {
	out, err := fashionGate.abi.Unpack("footwearOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad9d052.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model() view returns(bytes32)
func (fashionGate *FashionGate) PackModel() []byte {
	enc, err := fashionGate.abi.Pack("model")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad9d052.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model() view returns(bytes32)
func (fashionGate *FashionGate) TryPackModel() ([]byte, error) {
	return fashionGate.abi.Pack("model")
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ad9d052.
//
// Solidity: function model() view returns(bytes32)
func (fashionGate *FashionGate) UnpackModel(data []byte) ([32]byte, error) {
	out, err := fashionGate.abi.Unpack("model", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// FashionGateAdmitted represents a Admitted event raised by the FashionGate contract.
type FashionGateAdmitted struct {
	Visitor common.Address
	Class   uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const FashionGateAdmittedEventName = "Admitted"

// ContractEventName returns the user-defined event name.
func (FashionGateAdmitted) ContractEventName() string {
	return FashionGateAdmittedEventName
}

// UnpackAdmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Admitted(address indexed visitor, uint8 class)
func (fashionGate *FashionGate) UnpackAdmittedEvent(log *types.Log) (*FashionGateAdmitted, error) {
	event := "Admitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fashionGate.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FashionGateAdmitted)
	if len(log.Data) > 0 {
		if err := fashionGate.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fashionGate.abi.Events[event].Inputs {
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
func (fashionGate *FashionGate) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], fashionGate.abi.Errors["NotAnImage"].ID.Bytes()[:4]) {
		return fashionGate.UnpackNotAnImageError(raw[4:])
	}
	if bytes.Equal(raw[:4], fashionGate.abi.Errors["NotFootwear"].ID.Bytes()[:4]) {
		return fashionGate.UnpackNotFootwearError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FashionGateNotAnImage represents a NotAnImage error raised by the FashionGate contract.
type FashionGateNotAnImage struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnImage(uint256 length)
func FashionGateNotAnImageErrorID() common.Hash {
	return common.HexToHash("0x9e8598f24a2c62614582d64edd769e0b674df7a611fe6e44e537e477d879a985")
}

// UnpackNotAnImageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnImage(uint256 length)
func (fashionGate *FashionGate) UnpackNotAnImageError(raw []byte) (*FashionGateNotAnImage, error) {
	out := new(FashionGateNotAnImage)
	if err := fashionGate.abi.UnpackIntoInterface(out, "NotAnImage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FashionGateNotFootwear represents a NotFootwear error raised by the FashionGate contract.
type FashionGateNotFootwear struct {
	Class uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFootwear(uint8 class)
func FashionGateNotFootwearErrorID() common.Hash {
	return common.HexToHash("0x5af958cb5c750c4892f16e3fe798f920440fcdbcb9c8669267df0d19b6566f9c")
}

// UnpackNotFootwearError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFootwear(uint8 class)
func (fashionGate *FashionGate) UnpackNotFootwearError(raw []byte) (*FashionGateNotFootwear, error) {
	out := new(FashionGateNotFootwear)
	if err := fashionGate.abi.UnpackIntoInterface(out, "NotFootwear", raw); err != nil {
		return nil, err
	}
	return out, nil
}
