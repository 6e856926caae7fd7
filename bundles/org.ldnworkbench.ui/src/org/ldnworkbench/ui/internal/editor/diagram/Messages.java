package org.ldnworkbench.ui.internal.editor.diagram;

import org.eclipse.osgi.util.NLS;

/** The diagram's texts for users (messages.properties beside this class). */
final class Messages extends NLS {
    public static String Page_title;
    public static String Rule_sameNode;
    public static String Rule_twoOutputs;
    public static String Rule_twoInputs;
    public static String Rule_eventToContinuous;
    public static String Rule_continuousToEvent;
    public static String Rule_unitMismatch;
    public static String Rule_exists;
    public static String Rule_occupied;
    public static String Rule_loop;
    public static String Rule_noNode;
    public static String Rule_notInstalled;
    public static String Rule_noOutput;
    public static String Rule_noInput;
    public static String Edit_add;
    public static String Edit_move;
    public static String Edit_delete;
    public static String Edit_connect;
    public static String Edit_rename;
    public static String Edit_layout;
    public static String Edit_refused;
    public static String Tool_layout;
    public static String Tool_fit;
    public static String Tool_zoomIn;
    public static String Tool_zoomOut;
    public static String Tool_zoomReset;
    public static String Tip_notInstalled;
    public static String Tip_port;
    public static String Tip_input;
    public static String Tip_output;
    public static String Tip_event;
    public static String Rename_title;
    public static String Rename_message;
    public static String Connect_title;
    public static String Connect_message;
    public static String Connect_none;
    public static String Connect_noSelection;
    public static String Drop_unknown;
    public static String Empty_hint;
    public static String Accessible_name;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
