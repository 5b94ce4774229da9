# Activation Lens example
# Hover over an activation below (nn.GELU, F.silu, 'swish', ...) to see its formula, its derivative,
# a plot and the parameters passed here next to the framework's defaults.
# Put the cursor on one and run "Activation Lens: Plot Activation at Cursor" (also in the context menu).
# Edit a parameter (say negative_slope=0.2 -> 0.05) and hover again.
import torch
import torch.nn as nn
import torch.nn.functional as F
import keras
from keras import layers


class Block(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.fc = nn.Linear(dim, dim)
        self.act = nn.GELU(approximate='tanh')
        self.leaky = nn.LeakyReLU(negative_slope=0.2)
        self.out = nn.Softplus(beta=2.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.act(self.fc(x))
        x = F.silu(x) + F.elu(x, alpha=0.5)
        return self.out(self.leaky(x))


# Keras names activations by string, with defaults of its own (LeakyReLU's slope is 0.3 here).
head = keras.Sequential([
    layers.Dense(64, activation='swish'),
    layers.LeakyReLU(),
    layers.Dense(1, activation='sigmoid'),
])
