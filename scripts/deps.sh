#!/bin/sh
# Installs what the project needs on a Debian machine, when it is missing.
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -eu

# command-that-must-exist:debian-package
needs="
mips-linux-gnu-gcc:gcc-mips-linux-gnu
mips-linux-gnu-as:binutils-mips-linux-gnu
mips-linux-gnu-objdump:binutils-mips-linux-gnu
qemu-mips-static:qemu-user-static
qemu-aarch64-static:qemu-user-static
gcc:gcc
make:make
node:nodejs
npm:npm
"

missing=""
for pair in $needs; do
	cmd=${pair%%:*}
	pkg=${pair#*:}
	if ! command -v "$cmd" >/dev/null 2>&1; then
		case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
	fi
done

# file-that-must-exist:debian-package (libraries)
libs="
/usr/include/unicorn/unicorn.h:libunicorn-dev
/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz:dataset-fashion-mnist
"
for pair in $libs; do
	file=${pair%%:*}
	pkg=${pair#*:}
	if [ ! -e "$file" ]; then
		missing="$missing $pkg"
	fi
done

if ! command -v go >/dev/null 2>&1; then
	echo "deps: Go is not installed. Install Go 1.26 (https://go.dev/doc/install) and put it on PATH." >&2
	exit 1
fi

if [ -z "$missing" ]; then
	exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
	echo "deps: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 || {
		apt-get update >/dev/null
		apt-get install -y --no-install-recommends $missing
	}
else
	echo "deps: missing Debian packages:$missing" >&2
	echo "deps: run this, then try again:" >&2
	echo "  sudo apt-get install -y$missing" >&2
	exit 1
fi
