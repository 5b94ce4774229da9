// TensorFlow.js: activation strings in layer configs and tf.* ops.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 32, inputShape: [8], activation: 'relu' }));
model.add(tf.layers.dense({ units: 16, activation: 'selu' }));
model.add(tf.layers.leakyReLU({ alpha: 0.1 }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));

const x = tf.tensor([-2, -1, 0, 1, 2]);
const y = tf.elu(x).add(tf.leakyRelu(x, 0.2)).add(tf.softplus(x));
