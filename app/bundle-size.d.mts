export function initialBytes(dist: string): { gzipped: number; raw: number };
export function initialSize(dist: string): string;
