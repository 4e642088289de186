package org.camino.web.security;

import org.apache.shiro.web.env.IniWebEnvironment;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

/**
 * Shiro as configured by WEB-INF/shiro.ini, minus "remember me": a session
 * never comes back from a cookie alone (a lost tablet must not sign anyone in).
 */
public class CaminoShiroEnvironment extends IniWebEnvironment {

    @Override
    protected void configure() {
        super.configure();
        if (getWebSecurityManager() instanceof DefaultWebSecurityManager manager) {
            manager.setRememberMeManager(null);
        }
    }
}
