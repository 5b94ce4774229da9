// The recognizer on real-world-looking snippets: `‸` marks the hover offset (it is removed before resolving).
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { defaultsFor, type ActivationId, type Framework } from '../../src/core/frameworks';
import { createResolver, findActivations, resolveActivationAt, type ActivationMatch } from '../../src/recognize/index';

interface Expect {
  id: ActivationId;
  fw: Framework;
  /** Every parameter; omitted = the framework's defaults. */
  params?: Record<string, number>;
  nonliteral?: string[];
  alias?: string;
}
type Case = [lang: string, snippet: string, expect: Expect | undefined];

const MARK = '‸';
const e = (id: ActivationId, fw: Framework, params?: Record<string, number>, extra: Partial<Expect> = {}): Expect => ({
  id,
  fw,
  ...(params ? { params } : {}),
  ...extra,
});

const TORCH = 'import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n';
const TF = 'import tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\n';
const K3 = 'import keras\nfrom keras import layers, ops\n';
const JAX = 'import jax\nimport jax.numpy as jnp\nfrom flax import linen as nn\n';
const TFJS = "import * as tf from '@tensorflow/tfjs';\n";
const CPP = '#include <torch/torch.h>\nnamespace F = torch::nn::functional;\n';
const JL = 'using Flux\n';

// ---------------------------------------------------------------------------------------------- PyTorch
const pytorch: Case[] = [
  ['python', TORCH + 'self.act = nn.Re‸LU(inplace=True)', e('relu', 'pytorch', {}, { alias: 'nn.ReLU' })],
  ['python', TORCH + 'self.act = n‸n.ReLU(True)', e('relu', 'pytorch', {}, { alias: 'nn.ReLU' })],
  ['python', TORCH + 'self.act = nn‸.ReLU()', e('relu', 'pytorch')],
  ['python', TORCH + 'self.act = nn.ReLU‸()', e('relu', 'pytorch')],
  ['python', TORCH + 'act = torch.nn.Leaky‸ReLU(0.2)', e('leaky_relu', 'pytorch', { negative_slope: 0.2 }, { alias: 'torch.nn.LeakyReLU' })],
  ['python', TORCH + 'act = ‸torch.nn.LeakyReLU(0.2)', e('leaky_relu', 'pytorch', { negative_slope: 0.2 })],
  ['python', TORCH + 'act = nn.LeakyReLU(negative_slope=0.1, inplace=True)‸', undefined],
  ['python', TORCH + 'act = nn.Leaky‸ReLU(negative_slope=0.1, inplace=True)', e('leaky_relu', 'pytorch', { negative_slope: 0.1 })],
  ['python', TORCH + 'act = nn.Leaky‸ReLU(0.2, True)', e('leaky_relu', 'pytorch', { negative_slope: 0.2 })],
  ['python', TORCH + 'act = nn.Leaky‸ReLU()', e('leaky_relu', 'pytorch', { negative_slope: 0.01 })],
  ['python', TORCH + 'act = nn.Leaky‸ReLU(1e-3)', e('leaky_relu', 'pytorch', { negative_slope: 0.001 })],
  ['python', TORCH + 'act = nn.Leaky‸ReLU(-.5)', e('leaky_relu', 'pytorch', { negative_slope: -0.5 })],
  ['python', TORCH + 'act = nn.LeakyReLU(0.‸2)', undefined],
  ['python', TORCH + 'act = nn.Leaky‸ReLU(negative_slope=cfg.slope)', e('leaky_relu', 'pytorch', { negative_slope: 0.01 }, { nonliteral: ['negative_slope'] })],
  ['python', TORCH + 'act = nn.Leaky‸ReLU(**act_kwargs)', e('leaky_relu', 'pytorch', { negative_slope: 0.01 }, { nonliteral: ['negative_slope'] })],
  ['python', TORCH + 'y = F.ge‸lu(x, approximate="tanh")', e('gelu_tanh', 'pytorch', {}, { alias: 'F.gelu' })],
  ['python', TORCH + "y = F.ge‸lu(x, approximate='none')", e('gelu', 'pytorch')],
  ['python', TORCH + 'y = F.ge‸lu(x)', e('gelu', 'pytorch')],
  ['python', TORCH + 'y = F.ge‸lu(x, approximate=self.approx)', e('gelu', 'pytorch', {}, { nonliteral: ['approximate'] })],
  ['python', TORCH + "self.mlp_act = nn.GE‸LU(approximate='tanh')", e('gelu_tanh', 'pytorch')],
  ['python', TORCH + "self.mlp_act = nn.GE‸LU('tanh')", e('gelu_tanh', 'pytorch')],
  ['python', TORCH + 'self.mlp_act = nn.GE‸LU()', e('gelu', 'pytorch')],
  ['python', TORCH + 'y = torch.sig‸moid(logits)', e('sigmoid', 'pytorch', {}, { alias: 'torch.sigmoid' })],
  ['python', TORCH + 'y = torch.ta‸nh(h)', e('tanh', 'pytorch')],
  ['python', TORCH + 'y = torch.re‸lu(h)', e('relu', 'pytorch')],
  ['python', TORCH + 'y = torch.special.ex‸pit(h)', e('sigmoid', 'pytorch')],
  ['python', TORCH + 'y = x.re‸lu()', e('relu', 'pytorch', {}, { alias: 'x.relu' })],
  ['python', TORCH + 'y = x.sig‸moid()', e('sigmoid', 'pytorch')],
  ['python', TORCH + 'y = self.fc1(x).re‸lu()', e('relu', 'pytorch', {}, { alias: '.relu' })],
  ['python', TORCH + 'y = (x + 1).tanh_‸()', e('tanh', 'pytorch')],
  ['python', TORCH + 'y = ‸x.relu()', undefined],
  ['python', TORCH + 'y = x.re‸lu(dim=1)', undefined],
  ['python', TORCH + 'y = self.re‸lu()', undefined],
  ['python', 'import numpy as np\ny = x.re‸lu()', undefined],
  ['python', TORCH + 'self.sp = nn.Soft‸plus(beta=2)', e('softplus', 'pytorch', { beta: 2, threshold: 20 })],
  ['python', TORCH + 'self.sp = nn.Soft‸plus()', e('softplus', 'pytorch', { beta: 1, threshold: 20 })],
  ['python', TORCH + 'self.sp = nn.Soft‸plus(2, 10)', e('softplus', 'pytorch', { beta: 2, threshold: 10 })],
  ['python', TORCH + 'y = F.soft‸plus(x, 0.5, 30)', e('softplus', 'pytorch', { beta: 0.5, threshold: 30 })],
  ['python', TORCH + "y = F.soft‸plus(x, beta=1, threshold=float('inf'))", e('softplus', 'pytorch', { beta: 1, threshold: Infinity })],
  ['python', TORCH + 'self.elu = nn.E‸LU(alpha=0.5)', e('elu', 'pytorch', { alpha: 0.5 })],
  ['python', TORCH + 'self.elu = nn.E‸LU(alpha=alpha)', e('elu', 'pytorch', { alpha: 1 }, { nonliteral: ['alpha'] })],
  ['python', TORCH + 'y = F.e‸lu(x, 2.0)', e('elu', 'pytorch', { alpha: 2 })],
  ['python', TORCH + 'y = F.e‸lu_(x, alpha=0.3)', e('elu', 'pytorch', { alpha: 0.3 })],
  ['python', TORCH + 'self.celu = nn.CE‸LU(alpha=1.5)', e('celu', 'pytorch', { alpha: 1.5 })],
  ['python', TORCH + 'self.selu = nn.SE‸LU(inplace=True)', e('selu', 'pytorch')],
  ['python', TORCH + 'self.p = nn.PRe‸LU()', e('prelu', 'pytorch', { init: 0.25 })],
  ['python', TORCH + 'self.p = nn.PRe‸LU(num_parameters=64, init=0.1)', e('prelu', 'pytorch', { init: 0.1 })],
  ['python', TORCH + 'self.p = nn.PRe‸LU(64)', e('prelu', 'pytorch', { init: 0.25 })],
  ['python', TORCH + 'y = F.pre‸lu(x, self.weight)', e('prelu', 'pytorch', { init: 0.25 }, { nonliteral: ['init'] })],
  ['python', TORCH + 'self.r = nn.RRe‸LU()', e('rrelu', 'pytorch', { lower: 0.125, upper: 1 / 3 })],
  ['python', TORCH + 'self.r = nn.RRe‸LU(0.1, 0.3)', e('rrelu', 'pytorch', { lower: 0.1, upper: 0.3 })],
  ['python', TORCH + 'y = F.rre‸lu(x, lower=1/8, upper=1/3, training=True)', e('rrelu', 'pytorch', { lower: 0.125, upper: 1 / 3 })],
  ['python', TORCH + 'self.h = nn.Hard‸tanh(-2.0, 2.0)', e('hardtanh', 'pytorch', { min_val: -2, max_val: 2 })],
  ['python', TORCH + 'self.h = nn.Hard‸tanh(min_val=0.0, max_val=6.0)', e('hardtanh', 'pytorch', { min_val: 0, max_val: 6 })],
  ['python', TORCH + 'self.h = nn.Hard‸tanh()', e('hardtanh', 'pytorch', { min_val: -1, max_val: 1 })],
  ['python', TORCH + 'y = F.hard‸tanh(x, -0.5, 0.5)', e('hardtanh', 'pytorch', { min_val: -0.5, max_val: 0.5 })],
  ['python', TORCH + 'self.t = nn.Thres‸hold(0.1, 20)', e('threshold', 'pytorch', { threshold: 0.1, value: 20 })],
  ['python', TORCH + 'self.t = nn.Thres‸hold(threshold=-1, value=-1)', e('threshold', 'pytorch', { threshold: -1, value: -1 })],
  ['python', TORCH + 'y = F.thres‸hold(x, 0.5, 0.0)', e('threshold', 'pytorch', { threshold: 0.5, value: 0 })],
  ['python', TORCH + 'self.hs = nn.Hard‸shrink(lambd=0.3)', e('hardshrink', 'pytorch', { lambd: 0.3 })],
  ['python', TORCH + 'self.ss = nn.Soft‸shrink()', e('softshrink', 'pytorch', { lambd: 0.5 })],
  ['python', TORCH + 'y = F.soft‸shrink(x, 1)', e('softshrink', 'pytorch', { lambd: 1 })],
  ['python', TORCH + 'self.ts = nn.Tanh‸shrink()', e('tanhshrink', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Si‸LU(inplace=True)', e('silu', 'pytorch')],
  ['python', TORCH + 'y = F.si‸lu(x)', e('silu', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Mi‸sh()', e('mish', 'pytorch')],
  ['python', TORCH + 'y = F.mi‸sh(x)', e('mish', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Hard‸swish()', e('hardswish', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Hard‸sigmoid(inplace=True)', e('hardsigmoid', 'pytorch')],
  ['python', TORCH + 'y = F.hard‸sigmoid(x)', e('hardsigmoid', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Log‸Sigmoid()', e('logsigmoid', 'pytorch')],
  ['python', TORCH + 'y = F.log‸sigmoid(x)', e('logsigmoid', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Soft‸sign()', e('softsign', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Re‸LU6(inplace=True)', e('relu6', 'pytorch')],
  ['python', TORCH + 'y = F.re‸lu6(x)', e('relu6', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Sig‸moid()', e('sigmoid', 'pytorch')],
  ['python', TORCH + 'self.a = nn.Ta‸nh()', e('tanh', 'pytorch')],
  ['python', TORCH + 'y = F.re‸lu(x, inplace=True)', e('relu', 'pytorch')],
  ['python', TORCH + 'y = F.leaky_re‸lu(x, 0.2, inplace=True)', e('leaky_relu', 'pytorch', { negative_slope: 0.2 })],
  ['python', TORCH + 'y = F.leaky_re‸lu(x, negative_slope=0.1)', e('leaky_relu', 'pytorch', { negative_slope: 0.1 })],
  ['python', TORCH + 'y = F.leaky_re‸lu(x)', e('leaky_relu', 'pytorch', { negative_slope: 0.01 })],
  ['python', TORCH + 'y = torch.nn.functional.ge‸lu(x)', e('gelu', 'pytorch', {}, { alias: 'torch.nn.functional.gelu' })],
  ['python', TORCH + 'y = nn.functional.si‸lu(x)', e('silu', 'pytorch')],
  ['python', TORCH + 'layer = torch.nn.modules.activation.Re‸LU()', e('relu', 'pytorch')],
  // references
  ['python', TORCH + 'def __init__(self, act_layer=nn.GE‸LU):', e('gelu', 'pytorch')],
  ['python', TORCH + 'block = Block(dim, act_layer=nn.Re‸LU)', e('relu', 'pytorch')],
  ['python', TORCH + 'act = partial(nn.Leaky‸ReLU, negative_slope=1e-3)', e('leaky_relu', 'pytorch', { negative_slope: 0.001 })],
  ['python', 'import functools\n' + TORCH + 'act = functools.partial(F.leaky‸_relu, negative_slope=0.2)', e('leaky_relu', 'pytorch', { negative_slope: 0.2 })],
  ['python', 'from functools import partial\n' + TORCH + 'act = partial(nn.Leaky‸ReLU, 0.3)', e('leaky_relu', 'pytorch', { negative_slope: 0.3 })],
  ['python', TORCH + 'ACTS = {"relu": nn.Re‸LU, "gelu": nn.GELU}', e('relu', 'pytorch')],
  ['python', TORCH + 'if isinstance(m, nn.Leaky‸ReLU):', e('leaky_relu', 'pytorch', { negative_slope: 0.01 })],
  // imports
  ['python', 'from torch import nn\nact = nn.Si‸LU()', e('silu', 'pytorch')],
  ['python', 'from torch.nn import functional as F\ny = F.ge‸lu(x)', e('gelu', 'pytorch')],
  ['python', 'from torch.nn import GELU\nact = GE‸LU()', e('gelu', 'pytorch', {}, { alias: 'GELU' })],
  ['python', 'from torch.nn import GELU as G\nact = ‸G()', e('gelu', 'pytorch')],
  ['python', 'import torch.nn as tnn\nact = tnn.Re‸LU()', e('relu', 'pytorch')],
  ['python', 'from torch.nn.functional import relu\ny = re‸lu(x)', e('relu', 'pytorch')],
  ['python', 'from torch.nn.functional import *\ny = leaky‸_relu(x, 0.3)', e('leaky_relu', 'pytorch', { negative_slope: 0.3 })],
  ['python', 'import torch.nn.functional as F\nfrom torch.nn.functional import gelu\ny = ge‸lu(x, approximate="tanh")', e('gelu_tanh', 'pytorch')],
  ['python', 'from torch.nn import Leaky‸ReLU', e('leaky_relu', 'pytorch', { negative_slope: 0.01 })],
  ['python', 'import torch\nlayer = torch.nn.Transformer‸EncoderLayer(512, 8, activation="gelu")', undefined],
  ['python', 'import torch\nlayer = torch.nn.TransformerEncoderLayer(512, 8, activation="ge‸lu")', e('gelu', 'pytorch', {}, { alias: '"gelu"' })],
  ['python', TORCH + 'layer = nn.TransformerDecoderLayer(d, h, activation="re‸lu")', e('relu', 'pytorch')],
  ['python', TORCH + 'layer = nn.TransformerDecoderLayer(d, h, activation="sw‸ish")', undefined],
  ['python', TORCH + 'tf_layer = MyLayer(activation="re‸lu")', undefined],
  // timm-style activation helpers
  ['python', TORCH + 'return x.mul(F.soft‸plus(x).tanh())', e('softplus', 'pytorch', { beta: 1, threshold: 20 })],
  ['python', TORCH + 'return x.mul(F.softplus(x).ta‸nh())', e('tanh', 'pytorch', {}, { alias: '.tanh' })],
  ['python', TORCH + 'return x.mul_(x.sig‸moid()) if inplace else x.mul(x.sigmoid())', e('sigmoid', 'pytorch')],
  ['python', TORCH + 'class PReLU(nn.PRe‸LU):\n    pass', e('prelu', 'pytorch', { init: 0.25 })],
  ['python', TORCH + 'class P‸ReLU(nn.PReLU):\n    pass', undefined],
  ['python', TORCH + 'def sigmoid(x):\n    return x.sigmoid()\ny = sig‸moid(x)', undefined],
  ['python', TORCH + 'inner = F.re‸lu6(x + 3.).div_(6.)', e('relu6', 'pytorch')],
  ['python', TORCH + 'return x * torch.sig‸moid(1.702 * x)', e('sigmoid', 'pytorch')],
  ['python', TORCH + 'self.act = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.Leaky‸ReLU(0.2, True))', e('leaky_relu', 'pytorch', { negative_slope: 0.2 })],
  ['python', TORCH + 'x = F.leaky_re‸lu(\n    self.conv(x),\n    negative_slope=0.02,\n)', e('leaky_relu', 'pytorch', { negative_slope: 0.02 })],
  ['python', TORCH + 'x = F.leaky_re‸lu(self.conv(x), \\\n    0.05)', e('leaky_relu', 'pytorch', { negative_slope: 0.05 })],
];

// ---------------------------------------------------------------------------------------------- look-alikes
const lookalikes: Case[] = [
  ['python', TORCH + 'self.relu_‸out = None', undefined],
  ['python', TORCH + 'y = self.relu_‸out(x)', undefined],
  ['python', TORCH + 'y = self.re‸lu(x)', undefined],
  ['python', TORCH + 're‸lu = nn.ReLU()', undefined],
  ['python', 'from torch.nn.functional import relu\nre‸lu = make()', undefined],
  ['python', TORCH + 'y = re‸lu(x)', undefined],
  ['python', TORCH + 'y = my_re‸lu(x)', undefined],
  ['python', TORCH + 'def re‸lu(x):\n    return x.clamp(min=0)', undefined],
  ['python', TORCH + 'class Leaky‸ReLU(nn.Module):\n    pass', undefined],
  ['python', TORCH + 'x = nn.BatchNorm2d(64, name="re‸lu")', undefined],
  ['python', 'from enum import Enum\nclass Act(Enum):\n    LEAKY_‸RELU = 1', undefined],
  ['python', 'kind = Act.LEAKY_‸RELU', undefined],
  ['python', TORCH + '# use nn.Re‸LU here\nx = 1', undefined],
  ['python', TORCH + 'def f(x):\n    """Applies nn.Re‸LU then F.gelu."""\n    return x', undefined],
  ['python', TORCH + "ACTS = {'re‸lu': nn.ReLU}", undefined],
  ['python', TORCH + "cfg = dict(act='re‸lu')", undefined],
  ['python', TORCH + 'y = F.soft‸max(x, dim=-1)', undefined],
  ['python', TORCH + 'y = F.log_soft‸max(x, dim=-1)', undefined],
  ['python', TORCH + 'y = F.g‸lu(x)', undefined],
  ['python', TORCH + 'fc = nn.Lin‸ear(3, 4)', undefined],
  ['python', TORCH + 'self.act = nn.Ident‸ity()', undefined],
  ['python', TORCH + 'def forward(self, x, re‸lu: bool = True):', undefined],
  ['python', TORCH + 'for re‸lu in acts:\n    pass', undefined],
  ['python', TORCH + 'print(f"nn.Re‸LU {x}")', undefined],
  ['python', TORCH + "if hasattr(F, 'ge‸lu'):\n    pass", undefined],
  ['python', TORCH + "act = getattr(nn, 'Re‸LU')()", undefined],
  ['python', TORCH + 'self.act = act_layer(approximate="ta‸nh")', undefined],
  ['python', TORCH + 'y = F.gelu(x, approximate="ta‸nh")', undefined],
  ['python', 'import numpy as np\ny = np.ta‸nh(x)', undefined],
  ['python', 'import math\ny = math.ta‸nh(x)', undefined],
  ['python', 'from transformers.activations import gelu\ny = ge‸lu(x)', undefined],
  ['python', "ACT2FN = {'gelu': GELUActivation}\ny = ACT2FN['ge‸lu'](x)", undefined],
  ['python', TORCH + 'y = F.leaky_relu(x, negative_‸slope=0.2)', undefined],
  ['python', TORCH + 'y = F.relu(‸x)', undefined],
];

// ---------------------------------------------------------------------------------------------- Keras / TF
const keras: Case[] = [
  ['python', TF + 'x = layers.Dense(64, activation="re‸lu")(x)', e('relu', 'keras', {}, { alias: '"relu"' })],
  ['python', TF + "x = layers.Dense(64, activation='relu'‸)(x)", undefined],
  ['python', TF + "x = layers.Conv2D(32, (3, 3), padding='same', activation='e‸lu')(x)", e('elu', 'keras', { alpha: 1 })],
  ['python', TF + "x = layers.Activation('ge‸lu')(x)", e('gelu', 'keras')],
  ['python', TF + "x = layers.Activation('sw‸ish')(x)", e('silu', 'keras')],
  ['python', TF + "x = layers.Activation('si‸lu')(x)", e('silu', 'keras')],
  ['python', TF + "x = layers.Dense(8, 'ta‸nh')(x)", e('tanh', 'keras')],
  ['python', TF + "x = layers.Dense(8, activation='soft‸max')(x)", undefined],
  ['python', TF + "x = layers.Dense(8, activation='lin‸ear')(x)", e('linear', 'keras')],
  ['python', TF + "x = layers.Dense(8, activation='expo‸nential')(x)", e('exponential', 'keras')],
  ['python', TF + "x = layers.Dense(8, activation='soft‸plus')(x)", e('softplus', 'keras', { beta: 1, threshold: Infinity })],
  ['python', TF + "x = layers.Dense(8, activation='leaky‸_relu')(x)", e('leaky_relu', 'keras', { negative_slope: 0.2 })],
  ['python', TF + "x = layers.Dense(8, activation='hard_sig‸moid')(x)", e('hard_sigmoid_v1', 'keras')],
  ['python', K3 + "x = layers.Dense(8, activation='hard_sig‸moid')(x)", e('hardsigmoid', 'keras')],
  ['python', K3 + "x = layers.Dense(8, activation='hard_si‸lu')(x)", e('hardswish', 'keras')],
  ['python', K3 + "x = layers.Dense(8, activation='log_sig‸moid')(x)", e('logsigmoid', 'keras')],
  ['python', TF + "x = layers.LSTM(32, recurrent_activation='sig‸moid')(x)", e('sigmoid', 'keras')],
  ['python', TF + "x = layers.Dense(8, activation='rel‸u6')(x)", e('relu6', 'keras')],
  ['python', TF + 'x = layers.Leaky‸ReLU(alpha=0.2)(x)', e('leaky_relu', 'keras', { negative_slope: 0.2 }, { alias: 'layers.LeakyReLU' })],
  ['python', TF + 'x = layers.Leaky‸ReLU()(x)', e('leaky_relu', 'keras', { negative_slope: 0.3 })],
  ['python', TF + 'x = layers.Leaky‸ReLU(0.1)(x)', e('leaky_relu', 'keras', { negative_slope: 0.1 })],
  ['python', K3 + 'x = layers.Leaky‸ReLU(negative_slope=0.05)(x)', e('leaky_relu', 'keras', { negative_slope: 0.05 })],
  ['python', K3 + 'x = keras.layers.Leaky‸ReLU()(x)', e('leaky_relu', 'keras', { negative_slope: 0.3 })],
  ['python', 'from keras.layers.advanced_activations import LeakyReLU\nx = Leaky‸ReLU(alpha=0.1)(x)', e('leaky_relu', 'keras', { negative_slope: 0.1 })],
  ['python', TF + 'x = tf.keras.layers.Leaky‸ReLU(alpha=0.2)(x)', e('leaky_relu', 'keras', { negative_slope: 0.2 })],
  ['python', TF + 'x = layers.Re‸LU(max_value=6)(x)', e('relu6', 'keras')],
  ['python', TF + 'x = layers.Re‸LU(6.0)(x)', e('relu6', 'keras')],
  ['python', TF + 'x = layers.Re‸LU()(x)', e('relu', 'keras')],
  ['python', TF + 'x = layers.Re‸LU(negative_slope=0.1)(x)', e('leaky_relu', 'keras', { negative_slope: 0.1 })],
  ['python', TF + 'x = layers.Re‸LU(threshold=0.5)(x)', e('threshold', 'keras', { threshold: 0.5, value: 0 })],
  ['python', TF + 'x = layers.Re‸LU(max_value=1.0)(x)', undefined],
  ['python', TF + 'x = layers.Re‸LU(max_value=6, negative_slope=0.1)(x)', undefined],
  ['python', TF + 'x = layers.Re‸LU(negative_slope=0.1, threshold=1.0)(x)', undefined],
  ['python', TF + 'x = layers.Re‸LU(max_value=cap)(x)', undefined],
  ['python', TF + 'y = tf.keras.activations.re‸lu(x, max_value=6)', e('relu6', 'keras')],
  ['python', TF + 'y = tf.keras.activations.re‸lu(x, alpha=0.3)', e('leaky_relu', 'keras', { negative_slope: 0.3 })],
  ['python', K3 + 'y = keras.activations.re‸lu(x, negative_slope=0.3)', e('leaky_relu', 'keras', { negative_slope: 0.3 })],
  ['python', TF + 'x = layers.PRe‸LU()(x)', e('prelu', 'keras', { init: 0 })],
  ['python', TF + "x = layers.PRe‸LU(alpha_initializer='ones')(x)", e('prelu', 'keras', { init: 1 })],
  ['python', TF + 'x = layers.PRe‸LU(alpha_initializer=tf.constant_initializer(0.25))(x)', e('prelu', 'keras', { init: 0.25 })],
  ['python', TF + 'x = layers.PRe‸LU(alpha_initializer=keras.initializers.Constant(value=0.1))(x)', e('prelu', 'keras', { init: 0.1 })],
  ['python', TF + 'x = layers.PRe‸LU(alpha_initializer=init)(x)', e('prelu', 'keras', { init: 0 }, { nonliteral: ['init'] })],
  ['python', TF + 'x = layers.E‸LU(alpha=0.5)(x)', e('elu', 'keras', { alpha: 0.5 })],
  ['python', TF + 'x = layers.Thresholded‸ReLU(theta=0.5)(x)', e('threshold', 'keras', { threshold: 0.5, value: 0 })],
  ['python', TF + 'x = layers.Thresholded‸ReLU()(x)', e('threshold', 'keras', { threshold: 1, value: 0 })],
  ['python', TF + 'y = tf.nn.leaky‸_relu(x)', e('leaky_relu', 'tensorflow', { negative_slope: 0.2 })],
  ['python', TF + 'y = tf.nn.leaky‸_relu(x, alpha=0.1)', e('leaky_relu', 'tensorflow', { negative_slope: 0.1 })],
  ['python', TF + 'y = tf.nn.leaky‸_relu(features, 0.3)', e('leaky_relu', 'tensorflow', { negative_slope: 0.3 })],
  ['python', TF + 'y = tf.nn.si‸lu(x, beta=1.5)', e('swish', 'tensorflow', { beta: 1.5 })],
  ['python', TF + 'y = tf.nn.si‸lu(x)', e('silu', 'tensorflow')],
  ['python', TF + 'y = tf.nn.sw‸ish(x, 2.0)', e('swish', 'tensorflow', { beta: 2 })],
  ['python', TF + 'y = tf.nn.sw‸ish(x, beta=b)', e('swish', 'tensorflow', { beta: 1 }, { nonliteral: ['beta'] })],
  ['python', TF + 'y = tf.nn.ge‸lu(x)', e('gelu', 'tensorflow')],
  ['python', TF + 'y = tf.nn.ge‸lu(x, approximate=True)', e('gelu_tanh', 'tensorflow')],
  ['python', TF + 'y = tf.nn.re‸lu(x)', e('relu', 'tensorflow')],
  ['python', TF + 'y = tf.nn.re‸lu6(x)', e('relu6', 'tensorflow')],
  ['python', TF + 'y = tf.nn.e‸lu(x)', e('elu', 'tensorflow', { alpha: 1 })],
  ['python', TF + 'y = tf.nn.se‸lu(x)', e('selu', 'tensorflow')],
  ['python', TF + 'y = tf.nn.soft‸plus(x)', e('softplus', 'tensorflow', { beta: 1, threshold: Infinity })],
  ['python', TF + 'y = tf.nn.soft‸sign(x)', e('softsign', 'tensorflow')],
  ['python', TF + 'y = tf.math.sig‸moid(x)', e('sigmoid', 'tensorflow')],
  ['python', TF + 'y = tf.sig‸moid(x)', e('sigmoid', 'tensorflow')],
  ['python', TF + 'y = tf.math.log_sig‸moid(x)', e('logsigmoid', 'tensorflow')],
  ['python', TF + 'y = tf.ta‸nh(x)', e('tanh', 'tensorflow')],
  ['python', TF + 'y = tf.nn.soft‸max(x)', undefined],
  ['python', TF + 'y = tf.nn.cre‸lu(x)', undefined],
  ['python', TF + 'x = layers.Dense(128, activation=tf.nn.re‸lu)(x)', e('relu', 'tensorflow')],
  ['python', TF + 'y = tf.keras.activations.sw‸ish(x)', e('silu', 'keras', {}, { alias: 'tf.keras.activations.swish' })],
  ['python', TF + 'y = keras.activations.ge‸lu(x)', e('gelu', 'keras')],
  ['python', TF + 'y = tf.keras.activations.hard_sig‸moid(x)', e('hard_sigmoid_v1', 'keras')],
  ['python', 'from keras import backend as K\ny = K.hard_sig‸moid(x)', e('hard_sigmoid_v1', 'keras')],
  ['python', 'from keras import backend as K\ny = K.re‸lu(x, alpha=0.1)', e('leaky_relu', 'keras', { negative_slope: 0.1 })],
  ['python', K3 + 'y = ops.ge‸lu(x)', e('gelu_tanh', 'keras')],
  ['python', K3 + 'y = keras.ops.ge‸lu(x, approximate=False)', e('gelu', 'keras')],
  ['python', K3 + 'y = keras.activations.ge‸lu(x)', e('gelu', 'keras')],
  ['python', K3 + 'y = keras.activations.ge‸lu(x, approximate=True)', e('gelu_tanh', 'keras')],
  ['python', K3 + 'y = ops.leaky‸_relu(x)', e('leaky_relu', 'keras', { negative_slope: 0.2 })],
  ['python', K3 + 'y = keras.activations.leaky‸_relu(x, negative_slope=0.1)', e('leaky_relu', 'keras', { negative_slope: 0.1 })],
  ['python', K3 + 'y = ops.soft‸plus(x)', e('softplus', 'keras', { beta: 1, threshold: Infinity })],
  ['python', K3 + 'y = ops.e‸lu(x, alpha=0.5)', e('elu', 'keras', { alpha: 0.5 })],
  ['python', K3 + 'y = ops.ce‸lu(x, 2.0)', e('celu', 'keras', { alpha: 2 })],
  ['python', K3 + 'y = ops.hard‸_tanh(x)', e('hardtanh', 'keras', { min_val: -1, max_val: 1 })],
  ['python', K3 + 'y = keras.activations.soft_‸shrink(x, threshold=0.3)', e('softshrink', 'keras', { lambd: 0.3 })],
  ['python', K3 + 'y = keras.activations.hard_‸shrink(x)', e('hardshrink', 'keras', { lambd: 0.5 })],
  ['python', K3 + 'y = keras.activations.tanh_‸shrink(x)', e('tanhshrink', 'keras')],
  ['python', K3 + 'y = ops.thres‸hold(x, 0.5, -1.0)', e('threshold', 'keras', { threshold: 0.5, value: -1 })],
  ['python', K3 + 'y = keras.activations.thres‸hold(x, threshold=0.1, default_value=0.0)', e('threshold', 'keras', { threshold: 0.1, value: 0 })],
  ['python', K3 + 'y = keras.activations.square‸plus(x, b=2)', e('squareplus', 'keras', { b: 2 })],
  ['python', K3 + 'y = ops.square‸plus(x)', e('squareplus', 'keras', { b: 4 })],
  ['python', K3 + 'y = ops.sparse_‸plus(x)', e('sparse_plus', 'keras')],
  ['python', K3 + 'y = keras.activations.sparse_sig‸moid(x)', e('sparse_sigmoid', 'keras')],
  ['python', K3 + 'y = keras.activations.mi‸sh(x)', e('mish', 'keras')],
  ['python', K3 + 'y = keras.activations.expo‸nential(x)', e('exponential', 'keras')],
  ['python', K3 + 'y = keras.activations.lin‸ear(x)', e('linear', 'keras')],
  ['python', K3 + "y = keras.activations.get('ge‸lu')(x)", e('gelu', 'keras')],
  ['python', K3 + 'y = ops.soft‸max(x)', undefined],
  ['python', K3 + 'y = ops.g‸lu(x)', undefined],
  ['python', 'from tensorflow.keras.layers import Dense, Activation\nx = Activation("re‸lu")(x)', e('relu', 'keras')],
  ['python', 'from tensorflow.keras.layers import *\nx = Dense(1, activation="sig‸moid")(x)', e('sigmoid', 'keras')],
  ['python', 'from keras.models import Sequential\nfrom keras.layers import Dense\nmodel.add(Dense(10, activation="re‸lu", input_dim=8))', e('relu', 'keras')],
  ['python', 'import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(10, activation="ge‸lu")])', e('gelu', 'keras')],
  ['python', TF + 'x = conv_block(x, 64, activation="re‸lu")', e('relu', 'keras')],
  ['python', TF + 'x = conv_block(x, 64, act="re‸lu")', undefined],
  ['python', TF + 'x = layers.BatchNormalization(name="re‸lu")(x)', undefined],
  ['python', TF + 'config = {"activation": "re‸lu"}', undefined],
  ['python', TF + 'def block(x, activation="re‸lu"):\n    return x', undefined],
  ['python', TF + 'import torch.nn.functional as tnn\ny = tnn.ge‸lu(x)', e('gelu', 'pytorch')],
  ['python', 'model.add(Dense(64, activation="re‸lu"))', e('relu', 'keras')],
  ['python', TORCH + 'model.add(Dense(64, activation="re‸lu"))', undefined],
  ['python', TF + 'x = layers.Dense(32, activation=lambda t: tf.nn.leaky‸_relu(t, alpha=0.1))(x)', e('leaky_relu', 'tensorflow', { negative_slope: 0.1 })],
  ['python', TF + 'from sklearn.neural_network import MLPClassifier\nclf = MLPClassifier(activation="re‸lu")', undefined],
  ['python', TF + 'import tflearn\nnet = tflearn.fully_connected(net, 64, activation="re‸lu")', undefined],
  ['python', TF + 'from blocks import conv_block\nx = conv_block(x, activation="e‸lu")', e('elu', 'keras', { alpha: 1 })],
  ['python', TF + 'import tensorflow_probability as tfp\nx = tfp.layers.DenseFlipout(64, activation="re‸lu")(x)', e('relu', 'keras')],
  ['python', 'from tensorflow.keras import activations\ny = activations.re‸lu(x)', e('relu', 'keras')],
  ['python', TF + 'x = layers.Dense(64, activation=keras.layers.Leaky‸ReLU(alpha=0.01))(x)', e('leaky_relu', 'keras', { negative_slope: 0.01 })],
  ['python', TF + 'x = layers.Dense(64, activation=tf.keras.activations.sel‸u)(x)', e('selu', 'keras')],
  ['python', TF + 'x = layers.Dense(64, activation=hp.Choice("activation", ["re‸lu", "tanh"]))(x)', undefined],
  ['python', 'from mylib.layers import Activation\nx = Activation("re‸lu")(x)', undefined],
  ['python', 'import tensorflow as tf\nfrom mylib.layers import Activation\nx = Activation("re‸lu")(x)', e('relu', 'keras')],
];

// ---------------------------------------------------------------------------------------------- JAX / Flax
const jax: Case[] = [
  ['python', JAX + 'y = jax.nn.ge‸lu(x)', e('gelu_tanh', 'jax', {}, { alias: 'jax.nn.gelu' })],
  ['python', JAX + 'y = jax.nn.ge‸lu(x, approximate=False)', e('gelu', 'jax')],
  ['python', JAX + 'y = jax.nn.ge‸lu(x, False)', e('gelu', 'jax')],
  ['python', 'import jax.nn as jnn\ny = jnn.re‸lu(x)', e('relu', 'jax')],
  ['python', 'import jax.nn as jnn\ny = jnn.leaky_re‸lu(x)', e('leaky_relu', 'jax', { negative_slope: 0.01 })],
  ['python', 'import jax.nn as jnn\ny = jnn.leaky_re‸lu(x, negative_slope=0.2)', e('leaky_relu', 'jax', { negative_slope: 0.2 })],
  ['python', 'from jax.nn import gelu\ny = ge‸lu(x)', e('gelu_tanh', 'jax')],
  ['python', 'from jax import nn as jnn\ny = jnn.sil‸u(x)', e('silu', 'jax')],
  ['python', JAX + 'y = jax.nn.sw‸ish(x)', e('silu', 'jax')],
  ['python', JAX + 'y = jax.nn.soft‸_sign(x)', e('softsign', 'jax')],
  ['python', JAX + 'y = jax.nn.log_sig‸moid(x)', e('logsigmoid', 'jax')],
  ['python', JAX + 'y = jax.nn.hard_ta‸nh(x)', e('hardtanh', 'jax', { min_val: -1, max_val: 1 })],
  ['python', JAX + 'y = jax.nn.hard_sig‸moid(x)', e('hardsigmoid', 'jax')],
  ['python', JAX + 'y = jax.nn.hard_sw‸ish(x)', e('hardswish', 'jax')],
  ['python', JAX + 'y = jax.nn.e‸lu(x, alpha=0.5)', e('elu', 'jax', { alpha: 0.5 })],
  ['python', JAX + 'y = jax.nn.ce‸lu(x, 2.0)', e('celu', 'jax', { alpha: 2 })],
  ['python', JAX + 'y = jax.nn.squarep‸lus(x, b=1)', e('squareplus', 'jax', { b: 1 })],
  ['python', JAX + 'y = jax.nn.sparse_sig‸moid(x)', e('sparse_sigmoid', 'jax')],
  ['python', JAX + 'y = jax.nn.soft‸plus(x)', e('softplus', 'jax', { beta: 1, threshold: Infinity })],
  ['python', JAX + 'y = jnp.ta‸nh(x)', e('tanh', 'jax')],
  ['python', JAX + 'y = jax.nn.soft‸max(x)', undefined],
  ['python', JAX + 'x = nn.re‸lu(x)', e('relu', 'flax', {}, { alias: 'nn.relu' })],
  ['python', JAX + 'x = nn.ge‸lu(x)', e('gelu_tanh', 'flax')],
  ['python', JAX + 'x = nn.ge‸lu(x, approximate=False)', e('gelu', 'flax')],
  ['python', JAX + 'x = nn.PRe‸LU()(x)', e('prelu', 'flax', { init: 0.01 })],
  ['python', JAX + 'x = nn.PRe‸LU(negative_slope_init=0.1)(x)', e('prelu', 'flax', { init: 0.1 })],
  ['python', JAX + 'activation: Callable = nn.si‸lu', e('silu', 'flax')],
  ['python', JAX + 'x = nn.Re‸LU()(x)', undefined],
  ['python', JAX + 'x = nn.De‸nse(4)(x)', undefined],
  ['python', 'from flax import nnx\ny = nnx.re‸lu(x)', e('relu', 'flax')],
  ['python', 'from flax import nnx\ny = nnx.ge‸lu(x)', e('gelu_tanh', 'flax')],
  ['python', 'import flax.linen as nn\ny = nn.sw‸ish(x)', e('silu', 'flax')],
  ['python', 'import haiku as hk\nimport jax\nmlp = hk.Sequential([hk.Linear(300), jax.nn.re‸lu, hk.Linear(10)])', e('relu', 'jax')],
];

// ---------------------------------------------------------------------------------------------- TF.js
const tfjs: Case[] = [
  ['javascript', TFJS + "model.add(tf.layers.dense({units: 8, activation: 're‸lu'}));", e('relu', 'tfjs', {}, { alias: "'relu'" })],
  ['typescript', TFJS + 'model.add(tf.layers.dense({ units: 8, activation: "sig‸moid" }));', e('sigmoid', 'tfjs')],
  ['typescriptreact', TFJS + "const l = tf.layers.dense({units: 8, activation: 'hardSig‸moid'});", e('hard_sigmoid_v1', 'tfjs')],
  ['javascriptreact', TFJS + "const l = tf.layers.conv2d({filters: 8, kernelSize: 3, activation: 'se‸lu'});", e('selu', 'tfjs')],
  ['javascript', TFJS + "const l = tf.layers.dense({units: 8, activation: 'sw‸ish'});", e('silu', 'tfjs')],
  ['javascript', TFJS + "const l = tf.layers.dense({units: 8, activation: 'ge‸lu_new'});", e('gelu_tanh', 'tfjs')],
  ['javascript', TFJS + "const l = tf.layers.dense({units: 8, activation: 'lin‸ear'});", e('linear', 'tfjs')],
  ['javascript', TFJS + "const l = tf.layers.lstm({units: 8, recurrentActivation: 'hardSig‸moid'});", e('hard_sigmoid_v1', 'tfjs')],
  ['javascript', TFJS + "const l = tf.layers.activation({activation: 'e‸lu'});", e('elu', 'tfjs', { alpha: 1 })],
  ['javascript', TFJS + "const l = tf.layers.dense({units: 3, activation: 'soft‸max'});", undefined],
  ['javascript', TFJS + "const cfg = {activation: 're‸lu'};", undefined],
  ['javascript', TFJS + "const l = tf.layers.dense({units: 3, name: 're‸lu'});", undefined],
  ['javascript', TFJS + 'const y = tf.re‸lu(x);', e('relu', 'tfjs', {}, { alias: 'tf.relu' })],
  ['javascript', TFJS + 'const y = tf.leaky‸Relu(x, 0.1);', e('leaky_relu', 'tfjs', { negative_slope: 0.1 })],
  ['javascript', TFJS + 'const y = tf.leaky‸Relu(x);', e('leaky_relu', 'tfjs', { negative_slope: 0.2 })],
  ['javascript', TFJS + 'const y = tf.leaky‸Relu(x, alpha);', e('leaky_relu', 'tfjs', { negative_slope: 0.2 }, { nonliteral: ['negative_slope'] })],
  ['javascript', TFJS + 'model.add(tf.layers.leaky‸ReLU({alpha: 0.1}));', e('leaky_relu', 'tfjs', { negative_slope: 0.1 })],
  ['javascript', TFJS + 'model.add(tf.layers.leaky‸ReLU());', e('leaky_relu', 'tfjs', { negative_slope: 0.3 })],
  ['javascript', TFJS + 'model.add(tf.layers.re‸LU({maxValue: 6}));', e('relu6', 'tfjs')],
  ['javascript', TFJS + 'model.add(tf.layers.re‸LU());', e('relu', 'tfjs')],
  ['javascript', TFJS + 'model.add(tf.layers.re‸LU({maxValue: 2}));', undefined],
  ['javascript', TFJS + 'model.add(tf.layers.pre‸lu());', e('prelu', 'tfjs', { init: 0 })],
  ['javascript', TFJS + 'model.add(tf.layers.e‸lu({alpha: 1}));', e('elu', 'tfjs', { alpha: 1 })],
  ['javascript', TFJS + 'model.add(tf.layers.thresholded‸ReLU({theta: 0.5}));', e('threshold', 'tfjs', { threshold: 0.5, value: 0 })],
  ['javascript', TFJS + 'const y = tf.sig‸moid(x);', e('sigmoid', 'tfjs')],
  ['javascript', TFJS + 'const y = tf.e‸lu(x);', e('elu', 'tfjs', { alpha: 1 })],
  ['javascript', TFJS + 'const y = tf.se‸lu(x);', e('selu', 'tfjs')],
  ['javascript', TFJS + 'const y = tf.soft‸plus(x);', e('softplus', 'tfjs', { beta: 1, threshold: Infinity })],
  ['javascript', TFJS + 'const y = tf.log‸Sigmoid(x);', e('logsigmoid', 'tfjs')],
  ['javascript', TFJS + 'const y = tf.ta‸nh(x);', e('tanh', 'tfjs')],
  ['javascript', TFJS + 'const y = x.re‸lu();', e('relu', 'tfjs')],
  ['javascript', TFJS + 'const y = x.leaky‸Relu(0.3);', e('leaky_relu', 'tfjs', { negative_slope: 0.3 })],
  ['javascript', TFJS + 'const y = tf.soft‸max(x);', undefined],
  ['javascript', 'const y = Math.ta‸nh(x);', undefined],
  ['javascript', 'function re‸lu(x) { return Math.max(0, x); }', undefined],
  ['javascript', 'const re‸lu = (x) => Math.max(0, x);', undefined],
  ['javascript', 'const y = re‸lu(x);', undefined],
  ['javascript', "import { relu, layers } from '@tensorflow/tfjs';\nconst y = re‸lu(x);", e('relu', 'tfjs')],
  ['javascript', "import { layers } from '@tensorflow/tfjs';\nconst l = layers.dense({units: 1, activation: 'ta‸nh'});", e('tanh', 'tfjs')],
  ['javascript', "const tf = require('@tensorflow/tfjs-node');\nconst y = tf.leaky‸Relu(x, 0.05);", e('leaky_relu', 'tfjs', { negative_slope: 0.05 })],
  ['javascript', "const { sigmoid } = require('@tensorflow/tfjs-node-gpu');\nconst y = sig‸moid(x);", e('sigmoid', 'tfjs')],
  ['javascript', 'const model = tf.sequential();\nmodel.add(tf.layers.dense({units: 1, activation: "sig‸moid"}));', e('sigmoid', 'tfjs')],
  ['javascript', TFJS + '// tf.re‸lu(x)\nconst a = 1;', undefined],
  ['javascript', TFJS + 'const s = `tf.re‸lu(${x})`;', undefined],
  ['javascript', "const net = new brain.NeuralNetwork({ activation: 'sig‸moid' });", undefined],
  ['typescript', TFJS + 'class Net { re‸lu(x: tf.Tensor) { return x; } }', undefined],
];

// ---------------------------------------------------------------------------------------------- LibTorch
const libtorch: Case[] = [
  ['cpp', CPP + 'x = torch::re‸lu(x);', e('relu', 'libtorch', {}, { alias: 'torch::relu' })],
  ['cpp', CPP + 'x = ‸torch::relu(x);', e('relu', 'libtorch')],
  ['cpp', CPP + 'x = torch‸::relu(x);', e('relu', 'libtorch')],
  ['cpp', CPP + 'x = torch::sig‸moid(x);', e('sigmoid', 'libtorch')],
  ['cpp', CPP + 'x = at::ta‸nh(x);', e('tanh', 'libtorch')],
  ['cpp', CPP + 'x = x.re‸lu();', e('relu', 'libtorch', {}, { alias: 'x.relu' })],
  ['cpp', CPP + 'x = fc1->forward(x).sig‸moid();', e('sigmoid', 'libtorch')],
  ['cpp', CPP + 'x = torch::leaky‸_relu(x, 0.2);', e('leaky_relu', 'libtorch', { negative_slope: 0.2 })],
  ['cpp', CPP + 'x = torch::soft‸plus(x);', e('softplus', 'libtorch', { beta: 1, threshold: 20 })],
  ['cpp', CPP + 'x = torch::ge‸lu(x, "tanh");', e('gelu_tanh', 'libtorch')],
  ['cpp', CPP + 'auto act = torch::nn::Re‸LU();', e('relu', 'libtorch', {}, { alias: 'torch::nn::ReLU' })],
  ['cpp', CPP + 'auto act = torch::nn::Re‸LU(torch::nn::ReLUOptions().inplace(true));', e('relu', 'libtorch')],
  ['cpp', CPP + 'auto y = torch::nn::functional::ge‸lu(x);', e('gelu', 'libtorch')],
  ['cpp', CPP + 'auto o = torch::nn::LeakyReLU‸Options().negative_slope(0.2);', e('leaky_relu', 'libtorch', { negative_slope: 0.2 })],
  ['cpp', CPP + 'auto act = torch::nn::Leaky‸ReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2));', e('leaky_relu', 'libtorch', { negative_slope: 0.2 })],
  ['cpp', CPP + 'auto act = torch::nn::Leaky‸ReLU(torch::nn::LeakyReLUOptions().negative_slope(slope));', e('leaky_relu', 'libtorch', { negative_slope: 0.01 }, { nonliteral: ['negative_slope'] })],
  ['cpp', CPP + 'auto act = torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.‸2));', undefined],
  ['cpp', CPP + 'x = F::ge‸lu(x, F::GELUFuncOptions().approximate("tanh"));', e('gelu_tanh', 'libtorch', {}, { alias: 'F::gelu' })],
  ['cpp', CPP + 'x = F::ge‸lu(x, F::GELUFuncOptions().approximate("none"));', e('gelu', 'libtorch')],
  ['cpp', CPP + 'x = F::e‸lu(x, F::ELUFuncOptions().alpha(0.5).inplace(false));', e('elu', 'libtorch', { alpha: 0.5 })],
  ['cpp', CPP + 'x = F::soft‸plus(x, F::SoftplusFuncOptions().beta(2).threshold(10));', e('softplus', 'libtorch', { beta: 2, threshold: 10 })],
  ['cpp', CPP + 'x = F::hard‸tanh(x, F::HardtanhFuncOptions().min_val(-2).max_val(2));', e('hardtanh', 'libtorch', { min_val: -2, max_val: 2 })],
  ['cpp', CPP + 'x = F::hard‸shrink(x, F::HardshrinkFuncOptions().lambda(0.3));', e('hardshrink', 'libtorch', { lambd: 0.3 })],
  ['cpp', CPP + 'auto t = torch::nn::Thres‸hold(torch::nn::ThresholdOptions(0.1, 20));', e('threshold', 'libtorch', { threshold: 0.1, value: 20 })],
  ['cpp', CPP + 'auto t = torch::nn::Thres‸hold(0.1, 20);', e('threshold', 'libtorch', { threshold: 0.1, value: 20 })],
  ['cpp', CPP + 'auto p = torch::nn::PRe‸LU(torch::nn::PReLUOptions().num_parameters(64).init(0.1));', e('prelu', 'libtorch', { init: 0.1 })],
  ['cpp', CPP + 'auto p = torch::nn::PRe‸LU();', e('prelu', 'libtorch', { init: 0.25 })],
  ['cpp', CPP + 'auto r = torch::nn::RRe‸LU(torch::nn::RReLUOptions().lower(0.1).upper(0.2));', e('rrelu', 'libtorch', { lower: 0.1, upper: 0.2 })],
  ['cpp', CPP + 'auto m = torch::nn::Functional(torch::leaky‸_relu, 0.2);', e('leaky_relu', 'libtorch', { negative_slope: 0.2 })],
  ['cpp', CPP + 'auto m = torch::nn::Functional(torch::re‸lu);', e('relu', 'libtorch')],
  ['cpp', CPP + 'seq->push_back(torch::nn::Si‸LU());', e('silu', 'libtorch')],
  ['cpp', CPP + 'torch::nn::Sequential seq(torch::nn::Linear(4, 8), torch::nn::Ta‸nh(), torch::nn::Linear(8, 1));', e('tanh', 'libtorch')],
  ['cpp', 'namespace nn = torch::nn;\nauto act = nn::GE‸LU(nn::GELUOptions().approximate("tanh"));', e('gelu_tanh', 'libtorch')],
  ['cpp', 'using namespace torch;\nauto act = nn::Mi‸sh();', e('mish', 'libtorch')],
  ['cpp', 'using namespace torch::nn;\nauto act = CE‸LU(CELUOptions().alpha(2.0));', e('celu', 'libtorch', { alpha: 2 })],
  ['cpp', CPP + 'x = torch::log_soft‸max(x, 1);', undefined],
  ['cpp', CPP + 'auto fc = torch::nn::Lin‸ear(4, 8);', undefined],
  ['cpp', CPP + 'torch::Tensor re‸lu(torch::Tensor x) { return x.clamp_min(0); }', undefined],
  ['cpp', 'using namespace torch;\nTensor re‸lu(Tensor x) { return x; }', undefined],
  ['cpp', CPP + 'x = re‸lu(x);', undefined],
  ['cpp', CPP + 'x = relu_‸layer(x);', undefined],
  ['cpp', CPP + '// torch::re‸lu(x)\nint a;', undefined],
  ['cpp', CPP + 'std::cout << "torch::re‸lu";', undefined],
  ['cpp', CPP + 'x = this->re‸lu(x);', undefined],
];

// ---------------------------------------------------------------------------------------------- Julia
const julia: Case[] = [
  ['julia', JL + 'model = Chain(Dense(10 => 5, re‸lu), softmax)', e('relu', 'nnlib', {}, { alias: 'relu' })],
  ['julia', JL + 'model = Chain(Dense(2 => 3, ta‸nh))', e('tanh', 'nnlib')],
  ['julia', JL + 'model = Chain(Dense(2 => 3, ‸σ))', e('sigmoid', 'nnlib', {}, { alias: 'σ' })],
  ['julia', JL + 'model = Chain(Dense(2 => 3, σ‸))', e('sigmoid', 'nnlib')],
  ['julia', JL + 'y = NNlib.leaky‸relu(x, 0.2)', e('leaky_relu', 'nnlib', { negative_slope: 0.2 }, { alias: 'NNlib.leakyrelu' })],
  ['julia', JL + 'y = leaky‸relu.(x, 0.1f0)', e('leaky_relu', 'nnlib', { negative_slope: 0.1 })],
  ['julia', JL + 'y = leaky‸relu(x)', e('leaky_relu', 'nnlib', { negative_slope: 0.01 })],
  ['julia', JL + 'y = leaky‸relu(x, 1//5)', e('leaky_relu', 'nnlib', { negative_slope: 0.2 })],
  ['julia', JL + 'y = ge‸lu(x)', e('gelu_tanh', 'nnlib')],
  ['julia', JL + 'y = gelu_e‸rf(x)', e('gelu', 'nnlib')],
  ['julia', JL + 'y = gelu_ta‸nh(x)', e('gelu_tanh', 'nnlib')],
  ['julia', JL + 'y = ce‸lu.(x)', e('celu', 'nnlib', { alpha: 1 })],
  ['julia', JL + 'y = e‸lu(x, 0.5)', e('elu', 'nnlib', { alpha: 0.5 })],
  ['julia', JL + 'y = re‸lu.(x)', e('relu', 'nnlib')],
  ['julia', JL + 'y = @. sw‸ish(x)', e('silu', 'nnlib')],
  ['julia', JL + 'y = hard‸σ(x)', e('hardsigmoid', 'nnlib')],
  ['julia', JL + 'y = log‸σ(x)', e('logsigmoid', 'nnlib')],
  ['julia', JL + 'y = soft‸shrink(x, 0.3)', e('softshrink', 'nnlib', { lambd: 0.3 })],
  ['julia', JL + 'y = tre‸lu(x)', e('threshold', 'nnlib', { threshold: 1, value: 0 })],
  ['julia', JL + 'y = tre‸lu(x, 0.5)', e('threshold', 'nnlib', { threshold: 0.5, value: 0 })],
  ['julia', JL + 'y = rre‸lu(x)', e('rrelu', 'nnlib', { lower: 0.125, upper: 1 / 3 })],
  ['julia', JL + 'y = lis‸ht(x)', e('lisht', 'nnlib')],
  ['julia', JL + 'y = log‸cosh(x)', e('logcosh', 'nnlib')],
  ['julia', JL + 'y = hard‸tanh(x)', e('hardtanh', 'nnlib', { min_val: -1, max_val: 1 })],
  ['julia', JL + 'y = Flux.re‸lu6(x)', e('relu6', 'nnlib')],
  ['julia', JL + 'y = Flux.sig‸moid_fast(x)', e('sigmoid', 'nnlib')],
  ['julia', JL + 'layer = Conv((3, 3), 1 => 16, re‸lu; pad = 1)', e('relu', 'nnlib')],
  ['julia', JL + 'layer = Dense(32 => 16, x -> leaky‸relu(x, 0.2))', e('leaky_relu', 'nnlib', { negative_slope: 0.2 })],
  ['julia', JL + 'act = Base.Fix2(leaky‸relu, 0.3)', e('leaky_relu', 'nnlib', { negative_slope: 0.3 })],
  ['julia', 'using NNlib: relu, σ\ny = re‸lu.(x)', e('relu', 'nnlib')],
  ['julia', 'y = se‸lu(x)', e('selu', 'nnlib')],
  ['julia', JL + 'y = soft‸max(x)', undefined],
  ['julia', JL + 'σ = 0.5\ny = x ./ ‸σ', undefined],
  ['julia', JL + 'function gaussian(x, μ, σ)\n    return exp(-(x - μ)^2 / (2‸σ^2))\nend', undefined],
  ['julia', JL + 're‸lu(x) = max(0, x)', undefined],
  ['julia', JL + 'function re‸lu(x)\n    max(0, x)\nend', undefined],
  ['julia', JL + 'sym = :re‸lu', undefined],
  ['julia', JL + 'y = m.‸σ', undefined],
  ['julia', JL + 'struct Layer\n    ‸σ::Function\nend', undefined],
  ['julia', JL + 'layer = Dense(2 => 3; init = glorot_uniform, ‸σ = relu)', undefined],
  ['julia', JL + '# relu‸ here\nx = 1', undefined],
  ['julia', JL + 'println("re‸lu")', undefined],
  ['julia', JL + 'y = my_re‸lu(x)', undefined],
  ['julia', JL + 'y = Dense‸(2 => 3)', undefined],
  ['julia', JL + 'struct Normal\n    μ\n    σ\nend\nx = ‸σ', undefined],
  ['julia', JL + '(μ, σ) = stats(x)\ny = x ./ ‸σ', undefined],
  ['julia', 'using Flux, Flux.Data.MNIST\nm = Chain(Conv((2, 2), 1 => 16, re‸lu), Dense(288, 10), softmax)', e('relu', 'nnlib')],
  ['julia', 'using Flux\nm = Chain(Dense(28^2, 32, re‸lu), Dense(32, 10), softmax)', e('relu', 'nnlib')],
];

// ---------------------------------------------------------------------------------------------- from the real-world corpus
// Patterns found in public code (test/fixtures/recognize/realworld): libraries' own activation names, older APIs.
const HF_CONFIG = 'from ...configuration_utils import PretrainedConfig\n\nclass BertConfig(PretrainedConfig):\n';
const realworld: Case[] = [
  // Hugging Face: configuration defaults, ACT2FN lookups, get_activation
  ['python', HF_CONFIG + '    def __init__(self, vocab_size=30522, hidden_act="ge‸lu", hidden_dropout_prob=0.1):', e('gelu', 'pytorch', {}, { alias: '"gelu"' })],
  ['python', HF_CONFIG + '    def __init__(self, activation_function: str = "gelu_‸new", **kwargs):', e('gelu_tanh', 'pytorch')],
  ['python', HF_CONFIG + '    def __init__(self, hidden_act="gelu_pytorch_ta‸nh"):', e('gelu_tanh', 'pytorch')],
  ['python', HF_CONFIG + '    def __init__(self, hidden_act="quick_ge‸lu"):', undefined],
  ['python', HF_CONFIG + '    def __init__(self, position_embedding_type="abso‸lute"):', undefined],
  ['python', HF_CONFIG + '    def to_dict(self, hidden_act="ge‸lu"):', undefined],
  ['python', HF_CONFIG + '    """hidden_act (`str`, defaults to `"ge‸lu"`)"""', undefined],
  ['python', 'class BertConfig:\n    def __init__(self, hidden_act="ge‸lu"):', undefined],
  ['python', 'from transformers import BertConfig\nconfig = BertConfig(hidden_act="gelu_‸new", num_hidden_layers=2)', e('gelu_tanh', 'pytorch')],
  ['python', 'from transformers import BertConfig\nconfig = BertConfig(pad_token="re‸lu")', undefined],
  ['python', TORCH + 'from transformers.activations import ACT2FN\nself.act = ACT2FN["ge‸lu_new"]', e('gelu_tanh', 'pytorch', {}, { alias: '"gelu_new"' })],
  ['python', TORCH + 'from ...activations import ACT2FN\nself.act = ACT2FN["si‸lu"]', e('silu', 'pytorch')],
  ['python', TORCH + 'from transformers import ACT2FN\nself.act = ACT2FN[config.hidden_act]\nx = ACT2FN["re‸lu"]', e('relu', 'pytorch')],
  ['python', TORCH + 'ACT2FN = {"gelu": F.gelu}\nself.act = ACT2FN["ge‸lu"]', undefined], // a project's own table
  ['python', TORCH + 'from .utils import ACT2FN\nself.act = ACT2FN["ge‸lu"]', undefined],
  ['python', 'import flax.linen as nn\nfrom ...modeling_flax_utils import ACT2FN\nact = ACT2FN["ge‸lu"]', e('gelu', 'flax')],
  ['python', 'import tensorflow as tf\nfrom ...activations_tf import get_tf_activation\nact = get_tf_activation("ge‸lu_new")', e('gelu_tanh', 'keras')],
  ['python', TORCH + 'from transformers.activations import get_activation\nact = get_activation("ge‸lu")', e('gelu', 'pytorch')],
  ['python', TORCH + 'def get_activation(name):\n    return nn.GELU()\nact = get_activation("ge‸lu")', undefined],
  // diffusers and timm
  ['python', TORCH + 'from diffusers.models.activations import get_activation\nact = get_activation("sw‸ish")', e('silu', 'pytorch')],
  ['python', TORCH + 'from ..configuration_utils import ConfigMixin, register_to_config\nclass UNet(ConfigMixin):\n    @register_to_config\n    def __init__(self, act_fn: str = "si‸lu", norm_num_groups: int = 32):', e('silu', 'pytorch')],
  ['python', TORCH + 'from ..activations import get_activation\ndef get_down_block(resnet_act_fn: str = "si‸lu"):', e('silu', 'pytorch')],
  ['python', 'from diffusers import UNet2DModel\nmodel = UNet2DModel(sample_size=64, act_fn="mi‸sh")', e('mish', 'pytorch')],
  ['python', 'from diffusers import UNet2DModel\nmodel = UNet2DModel(down_block_types=("Down‸Block2D",))', undefined],
  ['python', TORCH + 'from timm.layers import get_act_layer\nact_layer = get_act_layer("hard_sw‸ish")', e('hardswish', 'pytorch')],
  ['python', TORCH + 'from .create_act import create_act_layer\nself.act = create_act_layer("re‸lu", inplace=True)', e('relu', 'pytorch')],
  ['python', TORCH + 'from timm.layers import get_act_layer\nact_layer = get_act_layer("quick_ge‸lu")', undefined],
  // torch RNNs
  ['python', TORCH + 'self.rnn = nn.RNN(10, 20, 2, nonlinearity="re‸lu", batch_first=True)', e('relu', 'pytorch')],
  ['python', TORCH + "self.cell = torch.nn.RNNCell(10, 20, nonlinearity='ta‸nh')", e('tanh', 'pytorch')],
  ['python', TORCH + "nn.init.kaiming_normal_(m.weight, nonlinearity='re‸lu')", undefined],
  ['python', TORCH + "act_name = {'tanh_cell': 'ta‸nh', 'relu_cell': 'relu'}[cell_kind]", undefined],
  // older and add-on APIs
  ['python', 'from flax import nn\nx = nn.re‸lu(x)', e('relu', 'flax')],
  ['python', 'from jax.experimental.stax import Dense, Re‸lu\n', e('relu', 'jax')],
  ['python', 'from jax.example_libraries import stax\ninit, apply = stax.serial(stax.Dense(512), stax.Ge‸lu)', e('gelu_tanh', 'jax')],
  ['python', 'import tensorflow_addons as tfa\nx = tfa.layers.GE‸LU()(x)', e('gelu_tanh', 'tensorflow')],
  ['python', 'import tensorflow_addons as tfa\nx = tfa.layers.GE‸LU(approximate=False)(x)', e('gelu', 'tensorflow')],
  ['python', 'import tensorflow_addons as tfa\ny = tfa.activations.mi‸sh(x)', e('mish', 'tensorflow')],
  ['python', 'import tensorflow as tf\nfrom tensorflow.contrib.keras import layers\nx = layers.Leaky‸ReLU()(x)', e('leaky_relu', 'keras', { negative_slope: 0.3 })],
  ['typescript', TFJS + "tf.layers.dense({units: 10, activation: 're‸lu' as const})", e('relu', 'tfjs')],
  ['typescript', TFJS + "tf.layers.dense({units: 10, activation: 'sig‸moid' as ActivationIdentifier})", e('sigmoid', 'tfjs')],
  // Julia: exports, statistics code
  ['julia', 'module NNlib\nexport sigmoid, hardsigmoid, logsigmoid, threshold‸relu\nend', undefined],
  ['julia', 'import StatsFuns\n@density Gaussian(m, ‸σ) ≪ Lebesgue(ℝ)', undefined],
  ['julia', 'using Flux, Distributions\n@unpack μ, σ = params\ny = rand(Normal(μ, ‸σ))', undefined],
  ['julia', 'm = Chain(Conv((4, 4), 16 => 1), x -> ‸σ.(x))', e('sigmoid', 'nnlib')],
  ['julia', 'using Flux\nstruct MyDense; W; b; ‸σ; end', undefined],
  ['julia', 'using Flux\nd = Dense(10, 5, ‸σ)', e('sigmoid', 'nnlib')],
];

const ALL: [string, Case[]][] = [
  ['real-world patterns', realworld],
  ['PyTorch', pytorch],
  ['look-alikes', lookalikes],
  ['Keras / TensorFlow', keras],
  ['JAX / Flax', jax],
  ['TF.js', tfjs],
  ['LibTorch', libtorch],
  ['Julia', julia],
];

function locate(snippet: string): { text: string; offset: number } {
  const offset = snippet.indexOf(MARK);
  assert.ok(offset >= 0, `snippet without ${MARK}: ${snippet}`);
  return { text: snippet.slice(0, offset) + snippet.slice(offset + MARK.length), offset };
}

function check(m: ActivationMatch | undefined, want: Expect | undefined, text: string, offset: number): void {
  if (!want) {
    assert.equal(m, undefined, `expected nothing, got ${JSON.stringify(m)}`);
    return;
  }
  assert.ok(m, 'expected a match, got undefined');
  assert.equal(m.id, want.id);
  assert.equal(m.framework, want.fw);
  assert.deepEqual(m.params, want.params ?? defaultsFor(want.id, want.fw));
  assert.deepEqual(m.nonliteral, want.nonliteral);
  if (want.alias !== undefined) assert.equal(m.alias, want.alias);
  assert.ok(m.start <= offset && offset <= m.end, `offset ${offset} outside [${m.start}, ${m.end}]`);
  assert.ok(m.start < m.end && m.end <= text.length);
}

for (const [group, cases] of ALL) {
  describe(`recognize: ${group}`, () => {
    for (const [lang, snippet, want] of cases) {
      const title = `${lang}: ${snippet.split('\n').pop()!.trim()} -> ${want ? want.id : 'undefined'}`;
      test(title, () => {
        const { text, offset } = locate(snippet);
        const m = resolveActivationAt(text, offset, lang);
        check(m, want, text, offset);
        // The cached resolver and the whole-document scan agree with the one-off hover.
        const resolver = createResolver();
        assert.deepEqual(resolver.resolveAt(text, offset, lang, 'file:///t@1'), m);
        assert.deepEqual(resolver.resolveAt(text, offset, lang, 'file:///t@1'), m);
        const all = findActivations(text, lang);
        const covering = all.filter((x) => x.start <= offset && offset <= x.end);
        if (m) assert.deepEqual(covering, [m]);
        else if (want === undefined) {
          for (const c of covering) {
            // a scan match may cover the offset only when the hover is deliberately narrower (tensor methods)
            assert.ok(c.alias?.includes('.'), `scan found ${JSON.stringify(c)} where the hover found nothing`);
          }
        }
      });
    }
  });
}

describe('recognize: score', () => {
  test('counts', () => {
    const n = ALL.reduce((s, [, c]) => s + c.length, 0);
    const negatives = ALL.reduce((s, [, c]) => s + c.filter((x) => !x[2]).length, 0);
    assert.ok(n >= 300, `only ${n} cases`);
    assert.ok(negatives >= 60, `only ${negatives} negative cases`);
  });
});
