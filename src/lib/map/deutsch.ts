/** MapLibre's control labels and gesture hints in German (its defaults are English). */
export const DEUTSCH = {
	'AttributionControl.ToggleAttribution': 'Quellenangaben ein- oder ausblenden',
	'FullscreenControl.Enter': 'Vollbild',
	'FullscreenControl.Exit': 'Vollbild beenden',
	'Map.Title': 'Karte der Gebiete; mit Pfeiltasten verschieben, mit Plus und Minus zoomen',
	'NavigationControl.ResetBearing': 'Karte nach Norden ausrichten',
	'NavigationControl.ZoomIn': 'Vergrößern',
	'NavigationControl.ZoomOut': 'Verkleinern',
	'Popup.Close': 'Schließen',
	'ScaleControl.Meters': 'm',
	'ScaleControl.Kilometers': 'km',
	'CooperativeGesturesHandler.WindowsHelpText': 'Zum Zoomen Strg + Mausrad verwenden',
	'CooperativeGesturesHandler.MacHelpText': 'Zum Zoomen ⌘ + Mausrad verwenden',
	'CooperativeGesturesHandler.MobileHelpText': 'Karte mit zwei Fingern verschieben'
};
