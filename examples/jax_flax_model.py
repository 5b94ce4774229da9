"""JAX and Flax: jax.nn.gelu defaults to the tanh approximation, unlike PyTorch."""
import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    features: int = 64

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.features)(x)
        x = nn.relu(x)
        x = nn.Dense(self.features)(x)
        x = jax.nn.gelu(x)                        # tanh form
        x = jax.nn.gelu(x, approximate=False)     # exact erf form
        x = nn.leaky_relu(x, negative_slope=0.02)
        return jax.nn.squareplus(x) + jax.nn.sparse_plus(x) + jax.nn.celu(x, alpha=0.7)
