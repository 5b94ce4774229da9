// LibTorch (C++): modules with Options and functional calls.
#include <torch/torch.h>

namespace F = torch::nn::functional;

struct Net : torch::nn::Module {
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
  torch::nn::LeakyReLU leaky{torch::nn::LeakyReLUOptions().negative_slope(0.2)};

  Net() {
    fc1 = register_module("fc1", torch::nn::Linear(784, 64));
    fc2 = register_module("fc2", torch::nn::Linear(64, 10));
  }

  torch::Tensor forward(torch::Tensor x) {
    x = torch::relu(fc1->forward(x));
    x = F::gelu(x, F::GELUFuncOptions().approximate("tanh"));
    x = leaky(x);
    return torch::sigmoid(fc2->forward(x));
  }
};
