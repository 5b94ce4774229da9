# Flux / NNlib: activations passed to layers and broadcast over arrays. NNlib's gelu is the tanh form.
using Flux

model = Chain(
    Dense(784 => 128, relu),
    Dense(128 => 64, gelu),
    Dense(64 => 32, swish),
    Dense(32 => 10, σ),
)

x = randn(Float32, 10)
y = NNlib.leakyrelu.(x, 0.2) .+ elu.(x, 0.5) .+ softplus.(x) .+ logcosh.(x)
