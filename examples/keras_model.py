"""Keras 3: activations by name, as layers and as functions. Note the defaults that differ from PyTorch:
LeakyReLU's layer slope is 0.3, the function's 0.2; keras.ops.gelu is the tanh form."""
import keras
from keras import layers

inputs = keras.Input(shape=(28, 28, 1))
x = layers.Conv2D(32, 3, activation="relu")(inputs)
x = layers.Conv2D(64, 3, activation="swish")(x)
x = layers.LeakyReLU()(x)
x = layers.Flatten()(x)
x = layers.Dense(128, activation="selu")(x)
x = layers.Dense(64, activation="hard_sigmoid")(x)
x = keras.activations.leaky_relu(x)
x = keras.ops.gelu(x)
outputs = layers.Dense(10, activation="softmax")(x)   # softmax is not elementwise: no hover
model = keras.Model(inputs, outputs)
