# Compliant: video games, app installs, streaming, music, books, entertainment.
DATA = r"""
@ vertical=gaming lang=en
Build Your Kingdom | Strategy game with 500+ heroes. Play free on iOS and Android.
~Command 500 Heroes | Raise an army and defend your castle. Free to play, optional in-app purchases.
Pre-Order Starfall Odyssey | Open-world sci-fi RPG launching Nov 14. Pre-order bonus: exclusive ship skin.
Cozy Farming Game | Grow crops, befriend villagers, decorate your farmhouse. Out now on Switch.
Puzzle Game for Your Commute | 2,000 handcrafted levels, no timers, play offline.
Retro Console, 200 Games Built In | Plug into any TV. Two wireless controllers included.
Esports Tournament Signups | Amateur 5v5 league for college teams. Prize: gaming gear and trophies.
Game Pass Trial | Play 100+ games for $1 your first month.
Racing Sim Wheel | Force-feedback wheel and pedals for PC and console.
Word Game Daily | One new word puzzle every day. Compete with friends.
Board Game Café | 700 board games, snacks and coffee. $8 cover, play all day.
Tabletop RPG Starter Set | Everything you need for your first campaign: dice, maps, rulebook.
VR Headset Bundle | Standalone VR with 3 games included. No PC needed.
Mobile Strategy Game | Outsmart players worldwide in 3-minute matches. Download free.
Indie Game Festival | 50 indie games to play, developer talks and live music. Saturday at Pier 9.
Speedrunning Charity Marathon | Watch the world's best speedrunners raise money for literacy. Live all week.
Chess App | Play, learn and solve puzzles. Free lessons for beginners.
Gaming Chair | Lumbar support, 4D armrests, breathable fabric. $249.
Family Game Night | Party games for 3-10 players. Bundle of 4 for $59.
Minecraft Server Hosting | Lag-free servers with one-click modpacks. From $3/month.
Controller Repair | Stick drift fixed in 48 hours. Mail-in service.
Jigsaw Puzzles | 1,000-piece puzzles featuring illustrations from 30 artists.
LAN Party Saturday | Bring your rig. Power, tables and pizza provided. $15 entry.
Learn Game Design | Online course in Unity: build and publish 3 games.
Strategy Card Game | Build a deck, challenge friends. Free starter deck in the app.
@ vertical=entertainment lang=en
Stream 10,000 Movies | Start your free 7-day trial on Flixwave. Cancel anytime.
New Season Streaming Friday | Season 3 of Harbor Lights drops November 8, only on Flixwave.
Concert Tickets on Sale Now | The Wandering Hours world tour. Presale code: HOURS25.
Comedy Night Every Thursday | Local comics and a headliner at The Laugh Cellar. Tickets $15.
Audiobooks, First One Free | 500,000 titles. Listen on any device. Cancel anytime.
Summer Movie Pass | See one movie a day for $24.99 a month at Starlite Cinemas.
Music Streaming Family Plan | Six accounts, ad-free, offline listening. $16.99/month.
Podcast Network | True stories, science and comedy. Subscribe free wherever you listen.
Theater Season Tickets | Five Broadway-quality productions at the Grand. Subscribers save 20%.
Museum Late Nights | Art, live music and tours every first Friday until 10pm.
Book Club Picks | Join our monthly book club and get 30% off the featured novel.
Ebook Deals Daily | Bestsellers for $2.99 or less delivered to your inbox.
Drive-In Movies Are Back | Double features every Saturday. $25 per car.
Karaoke Rooms | Private rooms for 4-20 people. Hourly rates, song library of 80,000.
Escape Room | Solve the puzzles in 60 minutes. Four themed rooms, groups of 2-8.
Magazine Subscription | 12 issues of Outdoor Journal for $19.99 plus digital access.
Kids' Movie Morning | $3 family films every Saturday at 10am.
Orchestra Holiday Concert | Symphony Hall, December 14-16. Family-friendly program.
Open Mic Night | Poets, musicians and comics welcome. Sign up at 7pm at Ember Café.
Trivia Nights | Free pub-style trivia every Wednesday at the Community Center. Teams up to 6.
Ballet: The Nutcracker | Tickets selling fast for 12 holiday performances.
Live Sports Streaming | Watch every out-of-market game live. Start your trial.
Record Store Day | Exclusive vinyl releases and live in-store sets on Saturday.
Art Supplies Sale | Acrylics, canvases and brushes 30% off at Palette & Co.
Manga Subscription | Read 1,000+ manga series legally with new chapters weekly.
Film Festival Passes | 120 films in 10 days. Festival passes on sale now.
Planetarium Shows | Journey to the edge of the universe in our new dome show.
Zoo Membership | Unlimited visits for a year, guest passes and parking discounts.
@ vertical=mobile_apps lang=en
Install Now: Free Photo Editor | One-tap filters, background removal and collages. 4.8 stars.
Language App | Learn French in 10 minutes a day. Start free.
Meditation App | Guided meditations for sleep and stress. 14-day free trial.
Habit Tracker | Build streaks, set reminders, see your progress. Free forever plan.
Weather Radar App | Live radar, severe weather alerts and 10-day forecasts.
Recipe App | Search 50,000 recipes by ingredients you have. Save grocery lists.
Parking App | Find and pay for parking in 400 cities. Get 2 hours free with code PARK2.
Secure Messaging | End-to-end encrypted messages and calls. No ads.
Note-Taking App | Sync notes across devices, handwriting search, PDF annotation.
Flashcards App | Spaced repetition for languages, med school and bar exam prep.
Plant Identifier | Snap a photo to identify plants and get care tips.
Sleep Tracker | Smart alarm wakes you in your lightest sleep phase.
Transit App | Real-time bus and train arrivals in 200 cities.
Budget Grocery App | Compare prices across stores and clip digital coupons.
Kids' Reading App | Leveled stories with read-aloud narration for ages 3-8.
Password Manager | Generate and store strong passwords. Free for one device.
Calorie-Free Fun: Sudoku | Thousands of Sudoku puzzles from easy to expert. Download free.
Astronomy App | Point your phone at the sky to identify stars, planets and satellites.
"""
