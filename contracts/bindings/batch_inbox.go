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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_sequencer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BridgeAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"DepositHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DepositOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"consumed\",\"type\":\"uint64\"}],\"name\":\"DepositsRolledBack\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"OutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"}],\"name\":\"TooManyDeposits\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"BatchPosted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDeposits\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"next\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"batch\",\"type\":\"bytes\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerLate\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDeposits\",\"name\":\"_bridge\",\"type\":\"address\"}],\"name\":\"setBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BatchInbox",
	Bin: "0x60c0604052600180546001600160401b03191681179055348015610021575f5ffd5b50604051610c3c380380610c3c83398101604081905261004091610055565b6001600160a01b03166080523360a052610082565b5f60208284031215610065575f5ffd5b81516001600160a01b038116811461007b575f5ffd5b9392505050565b60805160a051610b8b6100b15f395f818161019a01526108d301525f818161010701526103440152610b8b5ff3fe608060405234801561000f575f5ffd5b506004361061009f575f3560e01c80636763657411610072578063956d719111610058578063956d719114610168578063d5f3948814610195578063e78cea92146101bc575f5ffd5b806367636574146101415780638dd1480214610155575f5ffd5b806322fca52a146100a357806344fcaadd146100c05780634c8fe526146100d55780635c1bba3814610102575b5f5ffd5b6100ab6101d6565b60405190151581526020015b60405180910390f35b6100d36100ce3660046109cf565b610339565b005b6001546100e99067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016100b7565b6101297f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b7565b6002546100e99067ffffffffffffffff1681565b6100d3610163366004610a5d565b6108c8565b610187610176366004610a8a565b5f6020819052908152604090205481565b6040519081526020016100b7565b6101297f000000000000000000000000000000000000000000000000000000000000000081565b60015461012990600160401b90046001600160a01b031681565b6001545f90600160401b90046001600160a01b03166101f457505f90565b600254600154604080517f2dfdf0b5000000000000000000000000000000000000000000000000000000008152905167ffffffffffffffff90931692600160401b9092046001600160a01b031691632dfdf0b5916004808201926020929091908290030181865afa15801561026b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028f9190610aa5565b67ffffffffffffffff168167ffffffffffffffff161080156103335750600154604051633b30b31f60e11b815267ffffffffffffffff83166004820152600160401b9091046001600160a01b031690637661663e90602401602060405180830381865afa158015610302573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103269190610aa5565b67ffffffffffffffff1642115b91505090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480159061037757506103756101d6565b155b156103b5576040517f059678770000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60015467ffffffffffffffff858116911614610415576001546040517fcd2c066e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808716600483015290911660248201526044016103ac565b5f81900361044f576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001545f90600160401b90046001600160a01b03166104a85767ffffffffffffffff8416156104a3576040516301c45cd760e11b815267ffffffffffffffff851660048201525f60248201526044016103ac565b61078c565b5f600160089054906101000a90046001600160a01b03166001600160a01b0316632dfdf0b56040518163ffffffff1660e01b8152600401602060405180830381865afa1580156104fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061051e9190610aa5565b90508067ffffffffffffffff168567ffffffffffffffff161115610569576040516301c45cd760e11b815267ffffffffffffffff8087166004830152821660248201526044016103ac565b60025467ffffffffffffffff9081169086168111156105c8576040517f81fad03a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8088166004830152821660248201526044016103ac565b8167ffffffffffffffff168667ffffffffffffffff1610156106bb57600154604051633b30b31f60e11b815267ffffffffffffffff881660048201525f91600160401b90046001600160a01b031690637661663e90602401602060405180830381865afa15801561063b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061065f9190610aa5565b90508067ffffffffffffffff164211156106b9576040517f4abbfc6400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8089166004830152821660248201526044016103ac565b505b8067ffffffffffffffff168667ffffffffffffffff16146106f4576002805467ffffffffffffffff191667ffffffffffffffff88161790555b6001546040517f7c4b99b800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152600160401b9091046001600160a01b031690637c4b99b890602401602060405180830381865afa158015610763573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107879190610ac0565b925050505b8160218110806107c1575083836107a4602184610aeb565b8181106107b3576107b3610b04565b9091013560f81c60a0141590505b806107ec57508184846107d5602085610aeb565b6107e0928290610b18565b6107e991610b3f565b14155b15610826576040517f8bbe6040000000000000000000000000000000000000000000000000000000008152600481018390526024016103ac565b5f8484604051610837929190610b5c565b604080519182900390912067ffffffffffffffff89165f908152602081905291909120819055905061086a876001610b6b565b6001805467ffffffffffffffff191667ffffffffffffffff928316179055604051828152908816907f023b9f0fa1020fb883e6062a6c472409959959e0430ed5ea9284c7d1222cc51a9060200160405180910390a250505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461092c576040517f0c8cc0360000000000000000000000000000000000000000000000000000000081523360048201526024016103ac565b600154600160401b90046001600160a01b031615610976576040517f8bc1d41400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180546001600160a01b03909216600160401b027fffffffff0000000000000000000000000000000000000000ffffffffffffffff909216919091179055565b67ffffffffffffffff811681146109cc575f5ffd5b50565b5f5f5f5f606085870312156109e2575f5ffd5b84356109ed816109b7565b935060208501356109fd816109b7565b9250604085013567ffffffffffffffff811115610a18575f5ffd5b8501601f81018713610a28575f5ffd5b803567ffffffffffffffff811115610a3e575f5ffd5b876020828401011115610a4f575f5ffd5b949793965060200194505050565b5f60208284031215610a6d575f5ffd5b81356001600160a01b0381168114610a83575f5ffd5b9392505050565b5f60208284031215610a9a575f5ffd5b8135610a83816109b7565b5f60208284031215610ab5575f5ffd5b8151610a83816109b7565b5f60208284031215610ad0575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610afe57610afe610ad7565b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115610b26575f5ffd5b83861115610b32575f5ffd5b5050820193919092039150565b80356020831015610afe575f19602084900360031b1b1692915050565b818382375f9101908152919050565b67ffffffffffffffff8181168382160190811115610afe57610afe610ad756",
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
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["BridgeAlreadySet"].ID.Bytes()[:4]) {
		return batchInbox.UnpackBridgeAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DepositHashMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDepositHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DepositOverdue"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDepositOverdueError(raw[4:])
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
