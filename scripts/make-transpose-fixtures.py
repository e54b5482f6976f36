#!/usr/bin/python3
"""Writes src/compute/testing/fixtures/convTranspose.json: transposed convolutions computed by PyTorch.

The unit tests read the JSON and never need Python. Run again (with Debian's python3-torch) only to
change the cases, then format it as the rest of the repository is:
    /usr/bin/python3 scripts/make-transpose-fixtures.py
    npx prettier --write src/compute/testing/fixtures/convTranspose.json
Values are random multiples of 0.25 (exact in binary); PyTorch computes in float64.
"""
import json
import pathlib
import random

import torch
import torch.nn.functional as F

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/compute/testing/fixtures/convTranspose.json"

# name, (C_in, C_out), (H, W), (kH, kW), stride, padding, output_padding, dilation, groups, bias
NAMED = [
    ("no padding, unit strides", (1, 1), (4, 4), (3, 3), (1, 1), (0, 0), (0, 0), (1, 1), 1, False),
    ("half padding, unit strides", (1, 1), (5, 5), (3, 3), (1, 1), (1, 1), (0, 0), (1, 1), 1, False),
    ("full padding, unit strides", (1, 1), (5, 5), (3, 3), (1, 1), (2, 2), (0, 0), (1, 1), 1, False),
    ("no padding, strides", (1, 1), (2, 2), (3, 3), (2, 2), (0, 0), (0, 0), (1, 1), 1, False),
    ("padding, strides", (1, 1), (3, 3), (3, 3), (2, 2), (1, 1), (0, 0), (1, 1), 1, False),
    ("padding, strides, odd (output padding 1)", (1, 1), (3, 3), (3, 3), (2, 2), (1, 1), (1, 1), (1, 1), 1, False),
    ("DCGAN upsampling: k 4, stride 2, padding 1", (2, 3), (4, 4), (4, 4), (2, 2), (1, 1), (0, 0), (1, 1), 1, True),
    ("dilation 2", (1, 2), (3, 3), (3, 3), (1, 1), (0, 0), (0, 0), (2, 2), 1, False),
    ("output padding below the dilation, not the stride", (1, 1), (3, 4), (2, 2), (1, 1), (0, 0), (2, 1), (3, 2), 1, False),
    ("stride 3, kernel 2: unreached cells", (1, 1), (3, 3), (2, 2), (3, 3), (0, 0), (2, 2), (1, 1), 1, True),
    ("1×1 kernel, stride 2", (2, 2), (3, 3), (1, 1), (2, 2), (0, 0), (1, 0), (1, 1), 1, False),
    ("1×1 input", (1, 2), (1, 1), (3, 3), (2, 2), (0, 0), (0, 0), (1, 1), 1, True),
    ("groups 2", (4, 6), (3, 3), (3, 3), (2, 2), (1, 1), (1, 1), (1, 1), 2, True),
    ("depthwise (groups = channels)", (3, 3), (4, 4), (3, 3), (2, 2), (0, 0), (0, 0), (1, 1), 3, False),
    ("groups 2, two outputs per input channel", (2, 4), (3, 2), (2, 3), (1, 2), (0, 1), (0, 1), (1, 1), 2, True),
    ("non-square everything", (2, 3), (3, 5), (2, 3), (2, 1), (1, 0), (1, 0), (1, 2), 1, True),
    ("padding that crops into the stamps", (1, 1), (4, 4), (3, 3), (2, 2), (2, 2), (1, 0), (1, 1), 1, False),
    ("stride and dilation together", (2, 2), (3, 3), (3, 2), (2, 3), (1, 1), (1, 2), (2, 2), 1, True),
]


def values(rng, *shape):
    return torch.tensor([rng.randint(-12, 12) / 4 for _ in range(int(torch.Size(shape).numel()))],
                        dtype=torch.float64).reshape(shape)


def random_case(rng, index):
    groups = rng.randint(1, 3)
    c_in, c_out = groups * rng.randint(1, 2), groups * rng.randint(1, 2)
    size = (rng.randint(1, 6), rng.randint(1, 6))
    kernel = (rng.randint(1, 4), rng.randint(1, 4))
    stride = (rng.randint(1, 3), rng.randint(1, 3))
    dilation = (rng.randint(1, 3), rng.randint(1, 3))
    out_pad = tuple(rng.randint(0, max(s, d) - 1) for s, d in zip(stride, dilation))
    full = [(n - 1) * s + d * (k - 1) + 1 + a for n, s, d, k, a in zip(size, stride, dilation, kernel, out_pad)]
    padding = tuple(rng.randint(0, min(3, (f - 1) // 2)) for f in full)
    return (f"random {index}", (c_in, c_out), size, kernel, stride, padding, out_pad, dilation, groups,
            rng.random() < 0.5)


def main():
    rng = random.Random(20240607)
    cases = NAMED + [random_case(rng, i) for i in range(14)]
    fixtures = []
    for name, (c_in, c_out), size, kernel, stride, padding, out_pad, dilation, groups, has_bias in cases:
        x = values(rng, 1, c_in, *size)
        w = values(rng, c_in, c_out // groups, *kernel)
        b = values(rng, c_out) if has_bias else None
        y = F.conv_transpose2d(x, w, b, stride=stride, padding=padding, output_padding=out_pad,
                               groups=groups, dilation=dilation)
        fixtures.append({
            "name": name,
            "input": x[0].tolist(),
            "weight": w.tolist(),
            "bias": None if b is None else b.tolist(),
            "stride": list(stride),
            "padding": list(padding),
            "outputPadding": list(out_pad),
            "dilation": list(dilation),
            "groups": groups,
            "output": y[0].tolist(),
        })
    meta = {"generator": "scripts/make-transpose-fixtures.py", "torch": torch.__version__,
            "function": "torch.nn.functional.conv_transpose2d, float64"}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"meta": meta, "cases": fixtures}, separators=(",", ":")) + "\n")
    print(f"wrote {len(fixtures)} cases to {OUT}")


if __name__ == "__main__":
    main()
