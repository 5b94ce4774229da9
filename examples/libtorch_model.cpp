#include <torch/torch.h>

torch::Tensor forward(torch::Tensor x) {
  auto act = torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2));
  return torch::relu(act(x));
}
