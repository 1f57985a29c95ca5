import type { ReportModel } from '../report-model.ts';

/** The model is the JSON format: parsing the file gives it back. */
export const renderJson = (model: ReportModel) => `${JSON.stringify(model, null, 2)}\n`;
