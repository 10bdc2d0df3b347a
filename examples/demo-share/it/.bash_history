ssh beheer@10.20.1.21
sudo systemctl status portal
sudo journalctl -u portal --since "2024-06-12 07:00" | grep -c "login failed"
git config --global user.name "Wout Deprez"
git config --global user.email "wout.deprez.gent@example.be"
git pull --rebase
psql -h 10.20.1.30 -U portal_app -c "select klantnr, email from klanten where klantnr='KL-10234';"
ping -c 3 10.20.0.1
ip -6 addr show dev eth0
curl -s https://portal.lindeboom.example.be/health
grep 45.133.172.9 /var/log/nginx/access.log | wc -l
sudo fail2ban-client set nginx-login banip 45.133.172.9
scp app-2024-06-12.log wout@10.20.2.44:/home/wout/
exit
