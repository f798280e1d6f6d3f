// Package mnist is the Fashion-MNIST classifier: a small multilayer
// perceptron whose forward pass is a ggml.Graph, so its result is
// bit-identical natively and in the fraud-proof VM, and every node can be
// hashed for a dispute. Load checks a GGUF file against the layout below;
// Marshal writes it (the trainer, cmd/train-mnist, uses it).
//
// # Input and output
//
// The input is one 28×28 grayscale image as 784 bytes, row-major, one
// uint8 pixel per byte (0 = background), exactly as the images of the IDX
// files of Fashion-MNIST. Pixel p becomes float32(p) / 255 (an integer to
// float32 conversion and one correctly rounded division, so identical
// everywhere), and the vector is padded with zeros to 800 values because a
// Q8_0 row is a whole number of 32-value blocks. The output is one byte, the
// predicted class 0..9 (the index of the largest logit, the first one on
// ties):
//
//	0 T-shirt/top  1 Trouser  2 Pullover  3 Dress  4 Coat
//	5 Sandal       6 Shirt    7 Sneaker   8 Bag    9 Ankle boot
//
// # Graph
//
// For layers l = 1..L (L = number of hidden layers + 1):
//
//	x_l = relu(fc<l>.weight · x_{l-1} + fc<l>.bias)    (no relu for l = L)
//
// then argmax of x_L. Node by node: mul_mat, add, relu for each hidden
// layer, mul_mat and add for the output layer (whose add node holds the
// logits, an F32 tensor {10}) and argmax (an I32 tensor {1}), which is the
// last node. The matmuls quantize their input to Q8_0 on the fly and compute
// integer dot products (see package ggml).
//
// # GGUF layout
//
// Metadata (all required):
//
//	general.architecture            string   "fashion-mnist-mlp" (Arch)
//	fashion-mnist-mlp.input_size    uint32   784
//	fashion-mnist-mlp.hidden        [uint32] hidden layer sizes, e.g. [256, 128];
//	                                         1..4 layers, each a multiple of 32, at most 4096
//	fashion-mnist-mlp.classes       uint32   10
//	fashion-mnist-mlp.class_names   [string] the 10 names above
//
// Marshal also writes general.name and, when given, general.description
// (the trainer records its settings there); Load ignores them.
//
// Tensors, with dims in GGUF order (dims[0] is the row length), and no
// others:
//
//	fc<l>.weight   Q8_0  {in_l, out_l}   in_1 = 800 (784 padded), in_l = out_{l-1}
//	fc<l>.bias     F32   {out_l}         out_L = 10
//
// Row n of fc<l>.weight holds the weights of output n; columns 784..799 of
// fc1.weight multiply the zero padding (Marshal writes zeros there).
//
// # Determinism of the committed model
//
// The trainer is deterministic: a seeded PRNG, a fixed order of samples
// and of every float reduction, a fixed number of gradient shards (whatever
// the number of cores), and every product rounded with an explicit float32
// conversion before it is added, so the compiler cannot fuse a multiply-add
// on ports that have the instruction (arm64, ppc64le, s390x, riscv64). Its
// exp and log are ggml's, written with basic IEEE operations, and its
// square root is math.Sqrt (correctly rounded on every port). The committed
// testdata/fashion-mnist.gguf therefore does not depend on the host
// architecture; `make model-check` regenerates it and compares the bytes.
// (Checked on amd64 natively and arm64 under qemu-aarch64.)
package mnist
