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

// L2WithdrawalsMetaData contains all meta data concerning the L2Withdrawals contract.
var L2WithdrawalsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NoValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalInitiated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"hashWithdrawal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"initiateWithdrawal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"sentMessages\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "L2Withdrawals",
	Bin: "0x6080604052348015600e575f5ffd5b506103268061001c5f395ff3fe60806040526004361061003e575f3560e01c806326584e84146100425780637eeb1773146100b757806382e3702d146100ca578063affed0e014610108575b5f5ffd5b34801561004d575f5ffd5b506100a461005c366004610270565b604080516020808201969096526001600160a01b03948516818301529290931660608301526080808301919091528251808303909101815260a0909101909152805191012090565b6040519081526020015b60405180910390f35b6100a46100c53660046102b1565b61011d565b3480156100d5575f5ffd5b506100f86100e43660046102d1565b5f6020819052908152604090205460ff1681565b60405190151581526020016100ae565b348015610113575f5ffd5b506100a460015481565b5f345f03610157576040517ff2365b5b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038216610197576040517fd27b444300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015460408051602080820184905233828401526001600160a01b0386166060830152346080808401919091528351808403909101815260a090920190925280519101205f818152602081905260409020805460ff191660019081179091559092506102049082906102e8565b60015560408051348152602081018490526001600160a01b03851691339184917f9dfb73981682ae0d891dbe398cf2979c077cbcc089fb63767c85fddb51ee61b5910160405180910390a450919050565b80356001600160a01b038116811461026b575f5ffd5b919050565b5f5f5f5f60808587031215610283575f5ffd5b8435935061029360208601610255565b92506102a160408601610255565b9396929550929360600135925050565b5f602082840312156102c1575f5ffd5b6102ca82610255565b9392505050565b5f602082840312156102e1575f5ffd5b5035919050565b80820180821115610320577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9291505056",
}

// L2Withdrawals is an auto generated Go binding around an Ethereum contract.
type L2Withdrawals struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *L2Withdrawals) GetABI() abi.ABI {
	return c.abi
}

// NewL2Withdrawals creates a new instance of L2Withdrawals.
func NewL2Withdrawals() *L2Withdrawals {
	parsed, err := L2WithdrawalsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &L2Withdrawals{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *L2Withdrawals) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackHashWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26584e84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashWithdrawal(uint256 n, address sender, address recipient, uint256 value) pure returns(bytes32)
func (l2Withdrawals *L2Withdrawals) PackHashWithdrawal(n *big.Int, sender common.Address, recipient common.Address, value *big.Int) []byte {
	enc, err := l2Withdrawals.abi.Pack("hashWithdrawal", n, sender, recipient, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26584e84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashWithdrawal(uint256 n, address sender, address recipient, uint256 value) pure returns(bytes32)
func (l2Withdrawals *L2Withdrawals) TryPackHashWithdrawal(n *big.Int, sender common.Address, recipient common.Address, value *big.Int) ([]byte, error) {
	return l2Withdrawals.abi.Pack("hashWithdrawal", n, sender, recipient, value)
}

// UnpackHashWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26584e84.
//
// Solidity: function hashWithdrawal(uint256 n, address sender, address recipient, uint256 value) pure returns(bytes32)
func (l2Withdrawals *L2Withdrawals) UnpackHashWithdrawal(data []byte) ([32]byte, error) {
	out, err := l2Withdrawals.abi.Unpack("hashWithdrawal", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitiateWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eeb1773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initiateWithdrawal(address recipient) payable returns(bytes32 withdrawalHash)
func (l2Withdrawals *L2Withdrawals) PackInitiateWithdrawal(recipient common.Address) []byte {
	enc, err := l2Withdrawals.abi.Pack("initiateWithdrawal", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitiateWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eeb1773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initiateWithdrawal(address recipient) payable returns(bytes32 withdrawalHash)
func (l2Withdrawals *L2Withdrawals) TryPackInitiateWithdrawal(recipient common.Address) ([]byte, error) {
	return l2Withdrawals.abi.Pack("initiateWithdrawal", recipient)
}

// UnpackInitiateWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7eeb1773.
//
// Solidity: function initiateWithdrawal(address recipient) payable returns(bytes32 withdrawalHash)
func (l2Withdrawals *L2Withdrawals) UnpackInitiateWithdrawal(data []byte) ([32]byte, error) {
	out, err := l2Withdrawals.abi.Unpack("initiateWithdrawal", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce() view returns(uint256)
func (l2Withdrawals *L2Withdrawals) PackNonce() []byte {
	enc, err := l2Withdrawals.abi.Pack("nonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce() view returns(uint256)
func (l2Withdrawals *L2Withdrawals) TryPackNonce() ([]byte, error) {
	return l2Withdrawals.abi.Pack("nonce")
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaffed0e0.
//
// Solidity: function nonce() view returns(uint256)
func (l2Withdrawals *L2Withdrawals) UnpackNonce(data []byte) (*big.Int, error) {
	out, err := l2Withdrawals.abi.Unpack("nonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSentMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82e3702d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sentMessages(bytes32 ) view returns(bool)
func (l2Withdrawals *L2Withdrawals) PackSentMessages(arg0 [32]byte) []byte {
	enc, err := l2Withdrawals.abi.Pack("sentMessages", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSentMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82e3702d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sentMessages(bytes32 ) view returns(bool)
func (l2Withdrawals *L2Withdrawals) TryPackSentMessages(arg0 [32]byte) ([]byte, error) {
	return l2Withdrawals.abi.Pack("sentMessages", arg0)
}

// UnpackSentMessages is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82e3702d.
//
// Solidity: function sentMessages(bytes32 ) view returns(bool)
func (l2Withdrawals *L2Withdrawals) UnpackSentMessages(data []byte) (bool, error) {
	out, err := l2Withdrawals.abi.Unpack("sentMessages", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// L2WithdrawalsWithdrawalInitiated represents a WithdrawalInitiated event raised by the L2Withdrawals contract.
type L2WithdrawalsWithdrawalInitiated struct {
	Nonce          *big.Int
	Sender         common.Address
	Recipient      common.Address
	Value          *big.Int
	WithdrawalHash [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const L2WithdrawalsWithdrawalInitiatedEventName = "WithdrawalInitiated"

// ContractEventName returns the user-defined event name.
func (L2WithdrawalsWithdrawalInitiated) ContractEventName() string {
	return L2WithdrawalsWithdrawalInitiatedEventName
}

// UnpackWithdrawalInitiatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalInitiated(uint256 indexed nonce, address indexed sender, address indexed recipient, uint256 value, bytes32 withdrawalHash)
func (l2Withdrawals *L2Withdrawals) UnpackWithdrawalInitiatedEvent(log *types.Log) (*L2WithdrawalsWithdrawalInitiated, error) {
	event := "WithdrawalInitiated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2Withdrawals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2WithdrawalsWithdrawalInitiated)
	if len(log.Data) > 0 {
		if err := l2Withdrawals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2Withdrawals.abi.Events[event].Inputs {
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
func (l2Withdrawals *L2Withdrawals) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], l2Withdrawals.abi.Errors["NoValue"].ID.Bytes()[:4]) {
		return l2Withdrawals.UnpackNoValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Withdrawals.abi.Errors["ZeroRecipient"].ID.Bytes()[:4]) {
		return l2Withdrawals.UnpackZeroRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// L2WithdrawalsNoValue represents a NoValue error raised by the L2Withdrawals contract.
type L2WithdrawalsNoValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoValue()
func L2WithdrawalsNoValueErrorID() common.Hash {
	return common.HexToHash("0xf2365b5b296d33f6a42c13379bde2c6ed9ceeec51a6e262d54c83f77f7a5e0ad")
}

// UnpackNoValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoValue()
func (l2Withdrawals *L2Withdrawals) UnpackNoValueError(raw []byte) (*L2WithdrawalsNoValue, error) {
	out := new(L2WithdrawalsNoValue)
	if err := l2Withdrawals.abi.UnpackIntoInterface(out, "NoValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2WithdrawalsZeroRecipient represents a ZeroRecipient error raised by the L2Withdrawals contract.
type L2WithdrawalsZeroRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRecipient()
func L2WithdrawalsZeroRecipientErrorID() common.Hash {
	return common.HexToHash("0xd27b44434400f41bccba90cdfad4d72c6c290b6d2304333570252b0a1dc90ded")
}

// UnpackZeroRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRecipient()
func (l2Withdrawals *L2Withdrawals) UnpackZeroRecipientError(raw []byte) (*L2WithdrawalsZeroRecipient, error) {
	out := new(L2WithdrawalsZeroRecipient)
	if err := l2Withdrawals.abi.UnpackIntoInterface(out, "ZeroRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}
