/**
 * Running Camino: the health check load balancers and operators call. Sits
 * above platform and security (it is a guarded boundary like any other).
 */
package org.camino.operations;
