declare module 'segmentit';
