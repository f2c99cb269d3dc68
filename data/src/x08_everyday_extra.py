# Second batch (x*), plain compliant plus a few tricky benign ads: extra
# everyday ads in under-represented verticals (legal, utilities, energy,
# agriculture, funeral services, wedding, luxury, eyewear, marketing,
# office supplies, logistics, mental health) and short social posts.
DATA = r"""
@ vertical=legal_services lang=en
Probate Help Without the Jargon | Fixed-fee estate administration. Home visits for executors who can't travel.
Employment Lawyer, Free 15-Minute Call | Unpaid wages or wrongful dismissal? Find out where you stand.
Trademark Your Business Name | Search, filing and monitoring for one flat fee.
Power of Attorney Forms Explained | Free evening talk at the library by a local solicitor.
@ vertical=utilities lang=en
Scheduled Power Work, Route 9 | Crews will replace poles Tuesday. Expect a 2-hour outage after 9am.
Free Low-Flow Showerheads | Water customers can order up to two for free online.
New Recycling Bins Arrive in May | Blue lids for paper, green for glass. Schedule on the city site.
@ vertical=energy lang=en
Heating Oil Price Lock | Fix your winter price in August. Cancel before delivery at no charge.
Attic Insulation Rebate | Up to $600 back when you top up to R-49. Approved contractors listed.
@ vertical=agriculture lang=en
Grain Moisture Meter Rental | Check moisture before you cut. $25 a week at the co-op.
Sheep Shearing Service | Travelling shearer, flocks of 5 to 500. Book for April.
Hydroponic Lettuce Kits for Schools | Grow salad in the classroom. Teacher guide included.
@ vertical=wedding lang=en
Wedding Day Coordinator | We run the timeline so you can enjoy the day. Packages from $900.
Vintage Car for the Bride | 1960s Rolls-Royce with a chauffeur in a grey suit.
Ceremony Musicians | String trio for your walk down the aisle. Song requests welcome.
@ vertical=luxury lang=en
Private Jewellery Viewing | Book an appointment with our gemmologist after hours.
Cashmere Coat Care | Professional cleaning and de-pilling for fine wool coats.
@ vertical=eyewear lang=en
Sports Glasses for Kids | Shatterproof lenses in a strap-back frame for football and basketball.
Reading Glasses, Three Strengths in One Pack | +1.5, +2.0 and +2.5 in tortoiseshell frames.
@ vertical=marketing lang=en
Sign Printing for Yard Sales and Open Houses | 10 corrugated signs with stakes for $45.
Vehicle Wraps for Tradespeople | Your logo on the van, printed and fitted in two days.
@ vertical=office_supplies lang=en
Desk Plants for Open Offices | Low-light plants with a monthly watering service.
Custom Notebooks With Your Logo | Minimum order 50, lay-flat binding.
@ vertical=logistics lang=en
Cold-Chain Delivery for Bakeries | Refrigerated vans on early-morning routes.
Bike Couriers for Legal Documents | Downtown in 30 minutes, proof of delivery by photo.
@ vertical=mental_health lang=en
Burnout Recovery Group | Eight weekly evenings with a licensed therapist. Sliding-scale fees.
Therapy for Teens, After School | Appointments from 4 to 7pm, in person or video.
@ vertical=media lang=en
Local Radio Needs Volunteer Presenters | Training provided. Two-hour weekly slot.
Weekly Newsletter About the River | Water levels, wildlife and paddling conditions. Free.
Podcast: Small Towns, Big Ideas | Interviews with people who started businesses in villages.
@ vertical=retail lang=en
Mattress Recycling Pickup | We collect your old mattress when we deliver the new one. $25.
Shoe Donation Drop-Off | Bring worn trainers, we send them to be recycled into playground surfaces.
Curtain Hemming While You Shop | Measure your window, we hem them by the afternoon.
@ vertical=toys lang=en
Kite Kit for Kids | Build and decorate a diamond kite. Ages 6+.
Jigsaw Puzzle Exchange | Swap your finished puzzles for new ones, $2 a swap.
@ vertical=software_saas lang=en
Booking App for Barbers | Clients book, pay deposits and get reminders.
Quiz Maker for Teachers | Create, share and grade quizzes in minutes. Free for classrooms.
@ vertical=real_estate lang=en
Rent-to-Own Storage Sheds | Pay monthly, own the shed in 36 months. Built by Amish craftsmen.
Vacation Rental Cleaning | Turnover cleans between guests, linen included.
@ vertical=automotive lang=en
Mobile Tyre Fitting | New tyres fitted at your home or office. Same-day slots.
Car Seat Upholstery Repair | Torn leather and cloth seats repaired in a day.
@ vertical=jobs lang=en
Census Takers Needed | Temporary paid work in your neighbourhood. Flexible hours.
Christmas Tree Lot Staff | Seasonal work from late November, cash bonuses on Christmas Eve.
@ vertical=pets lang=en tricky=1
Killer Recall Training | Get your dog coming back every time. Four-week course.
Doggy Happy Hour | Free pup-cups and playtime at the park café, Fridays 4-6.
@ vertical=events lang=en tricky=1
Vote for the Best Chili at the Fire Hall | $10 tasting spoon, all proceeds to the volunteer fire company.
Silent Auction for the School Library | Bid on donated baskets and experiences. Bidding closes at 8.
Wine-and-Design Workshop? Make It Tea-and-Design | Flower arranging with a pot of tea. No alcohol served.
Shot Clock Basketball Camp | Summer camp for ages 10-16 with college coaches.
Bomb Squad Robotics Team Fundraiser | High school robotics team car wash. Donations welcome.
Pot Luck Dinner at the Community Hall | Bring a dish to share. Everyone welcome.
@ vertical=nonprofit lang=en tricky=1
Hurricane Relief Volunteers Needed | Help muck out homes in Bayside this weekend. Tools and lunch provided.
Earthquake Appeal: Shelter Kits | Registered charity. $60 provides a family shelter kit. Donations are tax-deductible.
Addiction Recovery Mentors | Share your recovery story with someone starting out. Training provided.
Crisis Text Line Volunteers | Train to support people in crisis by text. Four hours a week.
"""
