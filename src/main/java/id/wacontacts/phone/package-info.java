/**
 * Turns what office staff type or paste into one E.164 string per real phone number, or a
 * reason a person understands. Pure Java and libphonenumber: no database, no UI, safe to call
 * from any thread. The steps and the choices behind them are in {@code docs/normalisation.md}.
 */
package id.wacontacts.phone;
