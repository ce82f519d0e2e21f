import { useRememberingFrameBuilder } from '../src/app/ink-output/install.js';

await useRememberingFrameBuilder();
