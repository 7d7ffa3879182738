/* mhd_baseline.c — the baseline of bench/serve.sh: the least a
 * libmicrohttpd service can do per request, in the threading set-up of
 * `sharepol serve` (an internal polling thread, or a pool of them, waiting
 * on epoll or poll).  It reads and drops any request body and answers a
 * fixed JSON body of 100 bytes, so that the service's figures can be read
 * against what the HTTP layer alone costs on the same machine.
 *
 * usage: mhd_baseline [PORT [THREADS [epoll|poll]]]   (PORT 0: any free one)
 * Prints "listening on 127.0.0.1:PORT" and runs until SIGTERM or SIGINT. */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* 100 bytes, about the size of a decision's answer */
static const char body[] =
    "{\"decision\":\"allow\",\"rule\":\"art-2-2\",\"location\":\"policies/pact.spol:16:3\","
    "\"revision\":\"0123456789ab\"}";

static enum MHD_Result on_request(void *cls, struct MHD_Connection *connection, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    (void)cls, (void)url, (void)method, (void)version, (void)upload_data;
    static int first_call_marker;
    if (*con_cls == NULL) {
        *con_cls = &first_call_marker;
        return MHD_YES;
    }
    if (*upload_data_size) {
        *upload_data_size = 0;
        return MHD_YES;
    }
    struct MHD_Response *response = MHD_create_response_from_buffer(
        sizeof body - 1, (void *)body, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    enum MHD_Result ret = MHD_queue_response(connection, MHD_HTTP_OK, response);
    MHD_destroy_response(response);
    return ret;
}

int main(int argc, char **argv)
{
    unsigned port = argc > 1 ? (unsigned)atoi(argv[1]) : 0;
    unsigned threads = argc > 2 ? (unsigned)atoi(argv[2]) : 2;
    int epoll = argc > 3 ? strcmp(argv[3], "poll") != 0 : 1;
    _Static_assert(sizeof body - 1 == 100, "the baseline's body is 100 bytes");
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | (epoll ? MHD_USE_EPOLL : MHD_USE_POLL),
        (uint16_t)port, NULL, NULL, on_request, NULL, MHD_OPTION_SOCK_ADDR, &addr,
        MHD_OPTION_THREAD_POOL_SIZE, threads > 1 ? threads : 0u, MHD_OPTION_CONNECTION_LIMIT,
        512u, MHD_OPTION_CONNECTION_TIMEOUT, 10u, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "mhd_baseline: cannot listen on port %u\n", port);
        return 2;
    }
    printf("listening on 127.0.0.1:%u\n",
           MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT)->port);
    fflush(stdout);
    int sig;
    sigwait(&set, &sig);
    MHD_stop_daemon(d);
    return 0;
}
