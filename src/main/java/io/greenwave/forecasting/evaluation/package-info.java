/**
 * How good a forecaster is, measured on a chronological hold-out: error metrics ({@link
 * io.greenwave.forecasting.evaluation.ErrorMetrics}: MAE, RMSE, WAPE, R², accuracy = 1 − WAPE), the
 * comparison with the seasonal-naive and historical-average baselines, and the calibration of
 * prediction intervals from hold-out residuals ({@link
 * io.greenwave.forecasting.evaluation.IntervalCalibration}).
 */
package io.greenwave.forecasting.evaluation;
