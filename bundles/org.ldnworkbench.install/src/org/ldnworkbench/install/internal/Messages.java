package org.ldnworkbench.install.internal;

import org.eclipse.osgi.util.NLS;

/** The texts users read from installing, uninstalling and listing plugins (messages.properties beside this class). */
final class Messages extends NLS {
    public static String Address_empty;
    public static String Address_malformed;
    public static String Address_missing;
    public static String Address_noHost;
    public static String Address_notRepository;
    public static String Address_scheme;
    public static String Command_alreadyInstalled;
    public static String Command_installNeedsRepository;
    public static String Command_installSummary;
    public static String Command_installed;
    public static String Command_mechanisms;
    public static String Command_name;
    public static String Command_nextCommand;
    public static String Command_noMechanisms;
    public static String Command_notLoaded;
    public static String Command_noPlugins;
    public static String Command_pluginsNoOperands;
    public static String Command_pluginsSummary;
    public static String Command_provider;
    public static String Command_uninstallNeedsFeature;
    public static String Command_uninstallSummary;
    public static String Command_uninstalled;
    public static String Feature_badId;
    public static String Feature_badVersion;
    public static String Feature_none;
    public static String Feature_notInRepository;
    public static String Install_failed;
    public static String Install_newerInstalled;
    public static String Install_noCategorized;
    public static String Install_unresolved;
    public static String Installation_noAgent;
    public static String Installation_noProfile;
    public static String Installation_noServices;
    public static String Progress_loading;
    public static String Progress_resolving;
    public static String Progress_installing;
    public static String Progress_uninstalling;
    public static String Repository_authentication;
    public static String Repository_notFound;
    public static String Repository_unreadable;
    public static String Requirement_bundle;
    public static String Requirement_hasNone;
    public static String Requirement_more;
    public static String Requirement_package;
    public static String Requirement_unmet;
    public static String Uninstall_failed;
    public static String Uninstall_noneInstalled;
    public static String Uninstall_notInstalled;
    public static String Uninstall_ours;
    public static String Uninstall_unresolved;

    static {
        NLS.initializeMessages("org.ldnworkbench.install.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
