import { hostileBench } from './hostile.js';
hostileBench();
