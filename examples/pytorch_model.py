"""A small vision transformer block and a CNN stem: hover over any activation to see its formula,
derivative, a plot and the parameters passed here. Right-click one: "Plot Activation at Cursor"."""
from functools import partial

import torch
from torch import nn
import torch.nn.functional as F


class Stem(nn.Module):
    def __init__(self, channels: int = 32):
        super().__init__()
        self.conv = nn.Conv2d(3, channels, kernel_size=3, stride=2, padding=1)
        self.act = nn.Hardswish()            # MobileNetV3's cheap swish
        self.clip = nn.ReLU6(inplace=True)

    def forward(self, x):
        return self.clip(self.act(self.conv(x)))


class Mlp(nn.Module):
    def __init__(self, dim: int, hidden: int, act_layer=nn.GELU):   # a class passed by reference
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.act = act_layer()
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class Block(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.mlp = Mlp(dim, 4 * dim, act_layer=partial(nn.LeakyReLU, negative_slope=0.1))
        self.gate = nn.GELU(approximate='tanh')   # PyTorch's default is the exact erf form
        self.out = nn.Softplus(beta=2)            # threshold 20 is PyTorch's default

    def forward(self, x):
        y = self.mlp(x) * torch.sigmoid(x)
        y = F.elu(y, alpha=0.5) + F.silu(y)
        return self.out(self.gate(y)) + F.mish(x) + F.logsigmoid(x)
