package org.ldnworkbench.ui.internal.editor.pages;

import org.eclipse.osgi.util.NLS;

/** The pages' strings for users, from {@code messages.properties} beside this class. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.editor.pages.messages"; //$NON-NLS-1$

    /** See messages.properties. */
    public static String NumberText_empty;
    /** See messages.properties. */
    public static String NumberText_notANumber;
    /** See messages.properties. */
    public static String NumberText_tooLarge;
    /** See messages.properties. */
    public static String ParameterInput_notANumber;
    /** See messages.properties. */
    public static String ParameterInput_outOfRange;
    /** See messages.properties. */
    public static String ParameterInput_notWhole;
    /** See messages.properties. */
    public static String ParameterCells_failed;
    /** See messages.properties. */
    public static String ParameterCells_unknown;
    /** See messages.properties. */
    public static String ParameterCells_presetColumn;
    /** See messages.properties. */
    public static String ParameterCells_tableRows;
    /** See messages.properties. */
    public static String ParameterCells_whole;
    /** See messages.properties. */
    public static String ParameterCells_fromDefault;
    /** See messages.properties. */
    public static String ParameterCells_fromPreset;
    /** See messages.properties. */
    public static String ParameterCells_fromNode;
    /** See messages.properties. */
    public static String ParameterCells_fromScenarioPreset;
    /** See messages.properties. */
    public static String ParameterCells_fromScenario;
    /** See messages.properties. */
    public static String ParametersPage_title;
    /** See messages.properties. */
    public static String ParametersPage_legend;
    /** See messages.properties. */
    public static String ParametersPage_colParameter;
    /** See messages.properties. */
    public static String ParametersPage_colValue;
    /** See messages.properties. */
    public static String ParametersPage_colUnit;
    /** See messages.properties. */
    public static String ParametersPage_colFrom;
    /** See messages.properties. */
    public static String ParametersPage_colScenarios;
    /** See messages.properties. */
    public static String ParametersPage_colDefault;
    /** See messages.properties. */
    public static String ParametersPage_colRange;
    /** See messages.properties. */
    public static String ParametersPage_colStatus;
    /** See messages.properties. */
    public static String ParametersPage_colSource;
    /** See messages.properties. */
    public static String ParametersPage_colNote;
    /** See messages.properties. */
    public static String ParametersPage_assumedTip;
    /** See messages.properties. */
    public static String ParametersPage_valueTip;
    /** See messages.properties. */
    public static String ParametersPage_refused;
    /** See messages.properties. */
    public static String ParametersPage_setLabel;
    /** See messages.properties. */
    public static String ParametersPage_resetLabel;
    /** See messages.properties. */
    public static String ParametersPage_presetLabel;
    /** See messages.properties. */
    public static String PresetChoices_default;
    /** See messages.properties. */
    public static String PresetChoices_isDefault;
    /** See messages.properties. */
    public static String PresetChoices_none;
    /** See messages.properties. */
    public static String PresetChoices_noneShort;
    /** See messages.properties. */
    public static String PresetChoices_keepNodes;
    /** See messages.properties. */
    public static String PresetChoices_unknown;
    /** See messages.properties. */
    public static String ScenarioIds_invalid;
    /** See messages.properties. */
    public static String ScenarioIds_taken;
    /** See messages.properties. */
    public static String SimulationInput_field;
    /** See messages.properties. */
    public static String SimulationInput_noGrid;
    /** See messages.properties. */
    public static String SimulationInput_runSize;
    /** See messages.properties. */
    public static String SimulationInput_runTooLarge;
    /** See messages.properties. */
    public static String SimulationInput_scenariosTooLarge;
    /** See messages.properties. */
    public static String SimulationPage_start;
    /** See messages.properties. */
    public static String SimulationPage_end;
    /** See messages.properties. */
    public static String SimulationPage_step;
    /** See messages.properties. */
    public static String SimulationPage_rtol;
    /** See messages.properties. */
    public static String SimulationPage_atol;
    /** See messages.properties. */
    public static String SimulationPage_fixedStep;
    /** See messages.properties. */
    public static String SimulationPage_run;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
