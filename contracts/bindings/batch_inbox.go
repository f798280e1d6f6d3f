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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_sequencer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BridgeAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"DepositHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"OutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"}],\"name\":\"TooManyDeposits\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"BatchPosted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDeposits\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"next\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"batch\",\"type\":\"bytes\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDeposits\",\"name\":\"_bridge\",\"type\":\"address\"}],\"name\":\"setBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BatchInbox",
	Bin: "0x60c0604052600180546001600160401b03191681179055348015610021575f5ffd5b5060405161090138038061090183398101604081905261004091610055565b6001600160a01b03166080523360a052610082565b5f60208284031215610065575f5ffd5b81516001600160a01b038116811461007b575f5ffd5b9392505050565b60805160a0516108516100b05f395f8181610149015261058f01525f818160ca015261019501526108515ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80638dd14802116100585780638dd1480214610104578063956d719114610117578063d5f3948814610144578063e78cea921461016b575f5ffd5b806344fcaadd1461007e5780634c8fe526146100935780635c1bba38146100c5575b5f5ffd5b61009161008c366004610695565b61018a565b005b6001546100a79067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6100ec7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100bc565b610091610112366004610723565b610584565b610136610125366004610750565b5f6020819052908152604090205481565b6040519081526020016100bc565b6100ec7f000000000000000000000000000000000000000000000000000000000000000081565b6001546100ec906801000000000000000090046001600160a01b031681565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101f3576040517f059678770000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60015467ffffffffffffffff858116911614610253576001546040517fcd2c066e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808716600483015290911660248201526044016101ea565b5f81900361028d576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001545f906801000000000000000090046001600160a01b03166102eb5767ffffffffffffffff8416156102e6576040516301c45cd760e11b815267ffffffffffffffff851660048201525f60248201526044016101ea565b610448565b5f600160089054906101000a90046001600160a01b03166001600160a01b0316632dfdf0b56040518163ffffffff1660e01b8152600401602060405180830381865afa15801561033d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610361919061076b565b90508067ffffffffffffffff168567ffffffffffffffff1611156103ac576040516301c45cd760e11b815267ffffffffffffffff8087166004830152821660248201526044016101ea565b6001546040517f7c4b99b800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152680100000000000000009091046001600160a01b031690637c4b99b890602401602060405180830381865afa158015610420573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104449190610786565b9150505b81602181108061047d575083836104606021846107b1565b81811061046f5761046f6107ca565b9091013560f81c60a0141590505b806104a857508184846104916020856107b1565b61049c9282906107de565b6104a591610805565b14155b156104e2576040517f8bbe6040000000000000000000000000000000000000000000000000000000008152600481018390526024016101ea565b5f84846040516104f3929190610822565b604080519182900390912067ffffffffffffffff89165f9081526020819052919091208190559050610526876001610831565b6001805467ffffffffffffffff191667ffffffffffffffff928316179055604051828152908816907f023b9f0fa1020fb883e6062a6c472409959959e0430ed5ea9284c7d1222cc51a9060200160405180910390a250505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105e8576040517f0c8cc0360000000000000000000000000000000000000000000000000000000081523360048201526024016101ea565b6001546801000000000000000090046001600160a01b031615610637576040517f8bc1d41400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180546001600160a01b0390921668010000000000000000027fffffffff0000000000000000000000000000000000000000ffffffffffffffff909216919091179055565b67ffffffffffffffff81168114610692575f5ffd5b50565b5f5f5f5f606085870312156106a8575f5ffd5b84356106b38161067d565b935060208501356106c38161067d565b9250604085013567ffffffffffffffff8111156106de575f5ffd5b8501601f810187136106ee575f5ffd5b803567ffffffffffffffff811115610704575f5ffd5b876020828401011115610715575f5ffd5b949793965060200194505050565b5f60208284031215610733575f5ffd5b81356001600160a01b0381168114610749575f5ffd5b9392505050565b5f60208284031215610760575f5ffd5b81356107498161067d565b5f6020828403121561077b575f5ffd5b81516107498161067d565b5f60208284031215610796575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156107c4576107c461079d565b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156107ec575f5ffd5b838611156107f8575f5ffd5b5050820193919092039150565b803560208310156107c4575f19602084900360031b1b1692915050565b818382375f9101908152919050565b67ffffffffffffffff81811683821601908111156107c4576107c461079d56",
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
