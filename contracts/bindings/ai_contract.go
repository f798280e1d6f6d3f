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

// AIContractMetaData contains all meta data concerning the AIContract contract.
var AIContractMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"model_address\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input_data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"output_size\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Inference\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"model_address\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input_data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"output_size\",\"type\":\"uint256\"}],\"name\":\"inference\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AIContract",
	Bin: "0x6080604052348015600e575f5ffd5b506104668061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063ba03006b1461002d575b5f5ffd5b61004061003b3660046102e0565b610056565b60405161004d91906103d4565b60405180910390f35b60606100638484846100a9565b90507fd95ef11471cb1f62d2c6f1cd42471c7d7a231d76e30578144204fef2904fd6278484848460405161009a94939291906103ed565b60405180910390a19392505050565b60605f620a100073ffffffffffffffffffffffffffffffffffffffff168585856040516020016100db93929190610428565b60408051601f19818403018152908290526100f591610450565b5f60405180830381855afa9150503d805f811461012d576040519150601f19603f3d011682016040523d82523d5f602084013e610132565b606091505b5092509050806101bf5781515f036101b75760405162461bcd60e51b815260206004820152602560248201527f41494c69623a20696e666572656e6365206661696c656420286f7574206f662060448201527f6761733f2900000000000000000000000000000000000000000000000000000060648201526084015b60405180910390fd5b815160208301fd5b828251146102ab5781515f0361023d5760405162461bcd60e51b815260206004820152603960248201527f41494c69623a206e6f206f7574707574202869732074686520696e666572656e60448201527f636520707265636f6d70696c6520696e7374616c6c65643f290000000000000060648201526084016101ae565b60405162461bcd60e51b815260206004820152602660248201527f41494c69623a206f7574707574206973206e6f74206f75747075745f73697a6560448201527f206279746573000000000000000000000000000000000000000000000000000060648201526084016101ae565b509392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f606084860312156102f2575f5ffd5b83359250602084013567ffffffffffffffff81111561030f575f5ffd5b8401601f8101861361031f575f5ffd5b803567ffffffffffffffff811115610339576103396102b3565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610368576103686102b3565b60405281815282820160200188101561037f575f5ffd5b816020840160208301375f9181016020019190915293969395505050506040919091013590565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6103e660208301846103a6565b9392505050565b848152608060208201525f61040560808301866103a6565b846040840152828103606084015261041d81856103a6565b979650505050505050565b838152606060208201525f61044060608301856103a6565b9050826040830152949350505050565b5f82518060208501845e5f92019182525091905056",
}

// AIContract is an auto generated Go binding around an Ethereum contract.
type AIContract struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AIContract) GetABI() abi.ABI {
	return c.abi
}

// NewAIContract creates a new instance of AIContract.
func NewAIContract() *AIContract {
	parsed, err := AIContractMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AIContract{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AIContract) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba03006b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inference(bytes32 model_address, bytes input_data, uint256 output_size) returns(bytes output)
func (aIContract *AIContract) PackInference(modelAddress [32]byte, inputData []byte, outputSize *big.Int) []byte {
	enc, err := aIContract.abi.Pack("inference", modelAddress, inputData, outputSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba03006b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inference(bytes32 model_address, bytes input_data, uint256 output_size) returns(bytes output)
func (aIContract *AIContract) TryPackInference(modelAddress [32]byte, inputData []byte, outputSize *big.Int) ([]byte, error) {
	return aIContract.abi.Pack("inference", modelAddress, inputData, outputSize)
}

// UnpackInference is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba03006b.
//
// Solidity: function inference(bytes32 model_address, bytes input_data, uint256 output_size) returns(bytes output)
func (aIContract *AIContract) UnpackInference(data []byte) ([]byte, error) {
	out, err := aIContract.abi.Unpack("inference", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// AIContractInference represents a Inference event raised by the AIContract contract.
type AIContractInference struct {
	ModelAddress [32]byte
	InputData    []byte
	OutputSize   *big.Int
	Output       []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AIContractInferenceEventName = "Inference"

// ContractEventName returns the user-defined event name.
func (AIContractInference) ContractEventName() string {
	return AIContractInferenceEventName
}

// UnpackInferenceEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Inference(bytes32 model_address, bytes input_data, uint256 output_size, bytes output)
func (aIContract *AIContract) UnpackInferenceEvent(log *types.Log) (*AIContractInference, error) {
	event := "Inference"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIContract.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIContractInference)
	if len(log.Data) > 0 {
		if err := aIContract.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIContract.abi.Events[event].Inputs {
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
