import { describe, expect, it } from 'vitest';
import { shortLabels } from './short-labels';

describe('shortLabels', () => {
  it.each([
    ['a shared region name is dropped', ['重庆市沙坪坝区人民政府沙坪坝区街道办事处', '重庆市沙坪坝区财政局'], ['人民政…坪坝区街道办事处', '财政局']],
    ['a long name keeps its start and its end', ['抚宁区财政局机关', '重庆市沙坪坝区人民政府沙坪坝街道办事处'], ['抚宁区财政局机关', '重庆市…沙坪坝街道办事处']],
    ['the shared part ends mid-word: back to the word before', ['某县教育局', '某县教育基金会'], ['教育局', '教育基金会']],
    ['nothing shared', ['财政局', '教育局'], ['财政局', '教育局']],
    ['one name is not shortened but for its length', ['重庆市沙坪坝区财政局'], ['重庆市沙坪坝区财政局']],
    ['a name would be left too short: all stay whole', ['某市某区', '某市某区局'], ['某市某区', '某市某区局']],
    ['none', [], []],
  ] as const)('%s', (_, names, want) => expect(shortLabels([...names])).toEqual(want));
});
