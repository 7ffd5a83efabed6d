/**
 * A Datensatz manifest says what a data set is, where it comes from and which files hold its tables.
 * Every view shows `quelle` and the Stichtag; `beispieldaten` makes the demo notice appear everywhere.
 */
export interface DatensatzManifest {
	id: string;
	titel: string;
	beispieldaten: boolean;
	/** Shown beside every figure while the data set is in use (e.g. the demo-data notice). */
	hinweis: string;
	quelle: string;
	stichtage: string[];
	dateien: {
		stadtbezirk: string;
		bevoelkerung: string;
		staat: string;
		geometrie: string;
		/** Values prepared at build time, so the first map needs no database. */
		erstbild?: string;
	};
}
