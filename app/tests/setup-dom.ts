import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Testing Library unmounts after each test by itself only where test globals are on; here they are not.
afterEach(cleanup);
