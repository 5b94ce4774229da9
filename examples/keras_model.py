import tensorflow as tf
from tensorflow.keras import layers

model = tf.keras.Sequential([
    layers.Dense(64, activation='swish'),
    layers.LeakyReLU(),
    layers.Dense(10, activation="softmax"),
])
y = tf.nn.silu(x, beta=1.5)
