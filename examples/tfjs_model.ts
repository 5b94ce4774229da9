import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 8, activation: 'relu' }));
const y = tf.leakyRelu(tf.tensor([1, -1]), 0.1);
