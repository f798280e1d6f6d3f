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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_sequencer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"OutOfOrder\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"BatchPosted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"next\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"batch\",\"type\":\"bytes\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BatchInbox",
	Bin: "0x60a0604052600180546001600160401b031916811790553480156020575f5ffd5b50604051610467380380610467833981016040819052603d91604d565b6001600160a01b03166080526078565b5f60208284031215605c575f5ffd5b81516001600160a01b03811681146071575f5ffd5b9392505050565b6080516103d16100965f395f81816085015261012601526103d15ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80634c8fe5261461004e5780635c1bba38146100805780635f274211146100cc578063956d7191146100e1575b5f5ffd5b6001546100629067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6100a77f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610077565b6100df6100da3660046102d9565b61010e565b005b6101006100ef366004610357565b5f6020819052908152604090205481565b604051908152602001610077565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610184576040517f059678770000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60015467ffffffffffffffff8481169116146101e4576001546040517fcd2c066e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8086166004830152909116602482015260440161017b565b5f81900361021e576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f828260405161022f929190610377565b604080519182900390912067ffffffffffffffff86165f9081526020819052919091208190559050610262846001610386565b6001805467ffffffffffffffff191667ffffffffffffffff928316179055604051828152908516907f023b9f0fa1020fb883e6062a6c472409959959e0430ed5ea9284c7d1222cc51a9060200160405180910390a250505050565b803567ffffffffffffffff811681146102d4575f5ffd5b919050565b5f5f5f604084860312156102eb575f5ffd5b6102f4846102bd565b9250602084013567ffffffffffffffff81111561030f575f5ffd5b8401601f8101861361031f575f5ffd5b803567ffffffffffffffff811115610335575f5ffd5b866020828401011115610346575f5ffd5b939660209190910195509293505050565b5f60208284031215610367575f5ffd5b610370826102bd565b9392505050565b818382375f9101908152919050565b67ffffffffffffffff81811683821601908111156103cb577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9291505056",
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
// the contract method with ID 0x5f274211.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function post(uint64 number, bytes batch) returns()
func (batchInbox *BatchInbox) PackPost(number uint64, batch []byte) []byte {
	enc, err := batchInbox.abi.Pack("post", number, batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f274211.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function post(uint64 number, bytes batch) returns()
func (batchInbox *BatchInbox) TryPackPost(number uint64, batch []byte) ([]byte, error) {
	return batchInbox.abi.Pack("post", number, batch)
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
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["OutOfOrder"].ID.Bytes()[:4]) {
		return batchInbox.UnpackOutOfOrderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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
