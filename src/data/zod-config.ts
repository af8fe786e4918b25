/**
 * zod 4 compiles object schemas with `new Function` unless told not to. The atlas is served
 * under a strict Content-Security-Policy without 'unsafe-eval' (README, "Deploying"), so zod
 * runs jitless. This module must be evaluated before any schema is built: schema.ts imports
 * it first. (zod also skips its `new Function` probe when jitless, which a strict CSP would
 * otherwise report as a violation even though zod catches the error.)
 */
import { z } from 'zod';

z.config({ jitless: true });
