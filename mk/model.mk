# mk/model.mk - the committed Fashion-MNIST model and its sample test images.
#
# ggml-mips/cmd/train-mnist trains the classifier of package
# ggml-mips/models/mnist deterministically (the same bytes on every
# architecture and core count), so the committed model is reproducible from
# the dataset:
#     $(MODEL_GGUF)                   the Q8_0 GGUF model
#     $(MODEL_IMAGES)/NNNN-L.bin      test image NNNN of t10k (label L), 784 raw bytes
#     $(MODEL_IMAGES)/expected.json   each image's label and the model's class
# Targets:
#     model         train (one to three minutes on two cores) and replace the
#                   committed files; commit them with any change to the
#                   trainer, the quantizer or MODEL_FLAGS
#     model-check   train and fail unless the result is byte for byte the
#                   committed files
# Both train into $(MODEL_OUT) first and need the dataset-fashion-mnist
# package, which `make deps` installs. Meant to be included from the
# top-level Makefile (it uses GO and deps).

MODEL_DIR    := ggml-mips/models/mnist/testdata
MODEL_GGUF   := $(MODEL_DIR)/fashion-mnist.gguf
MODEL_IMAGES := $(MODEL_DIR)/images
MODEL_OUT    ?= build/model
MODEL_DATA   ?= /usr/share/datasets/fashion-mnist
# Changing these changes the committed model.
MODEL_FLAGS  := --hidden 128 --epochs 20 --batch 64 --lr 0.001 --seed 1

.PHONY: model model-check model-train

model-train: deps
	@rm -rf $(MODEL_OUT) && mkdir -p $(MODEL_OUT)
	$(GO) run ./ggml-mips/cmd/train-mnist --data $(MODEL_DATA) $(MODEL_FLAGS) \
	    --out $(MODEL_OUT)/fashion-mnist.gguf --testdata $(MODEL_OUT)/images

model: model-train
	@mkdir -p $(MODEL_DIR) && rm -rf $(MODEL_IMAGES)
	cp $(MODEL_OUT)/fashion-mnist.gguf $(MODEL_GGUF)
	cp -R $(MODEL_OUT)/images $(MODEL_IMAGES)

model-check: model-train
	@cmp $(MODEL_OUT)/fashion-mnist.gguf $(MODEL_GGUF) && diff -r $(MODEL_OUT)/images $(MODEL_IMAGES) || { \
	    echo "model-check: a fresh training run ($(MODEL_OUT)) differs from the committed $(MODEL_DIR)."; \
	    echo "  Training is deterministic, so the trainer, the engine's quantizer or MODEL_FLAGS changed."; \
	    echo "  If that was on purpose, run 'make model' and commit $(MODEL_DIR)."; exit 1; }
	@echo "model-check: $(MODEL_GGUF) and $(MODEL_IMAGES) match a fresh training run"
